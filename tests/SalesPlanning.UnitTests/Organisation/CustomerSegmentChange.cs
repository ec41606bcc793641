using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class CustomerSegmentChange
{
    private readonly CustomerSegment _segment =
        CustomerSegment.Create("NEW", "新客户", "New customers", SegmentKind.New);

    [Fact]
    public void RenameChangesBothNames()
    {
        _segment.Rename("新开客户", "Newly won customers");

        _segment.NameZh.ShouldBe("新开客户");
        _segment.NameEn.ShouldBe("Newly won customers");
    }

    [Fact]
    public void ChangeKindRejectsAnUndefinedKind()
    {
        _segment.ChangeKind(SegmentKind.Existing);
        _segment.Kind.ShouldBe(SegmentKind.Existing);

        Should.Throw<DomainException>(() => _segment.ChangeKind((SegmentKind)42));
        _segment.Kind.ShouldBe(SegmentKind.Existing);
    }

    [Fact]
    public void DeactivateAndActivateRefuseTheStateTheSegmentIsAlreadyIn()
    {
        Should.Throw<DomainException>(_segment.Activate);

        _segment.Deactivate();
        _segment.IsActive.ShouldBeFalse();
        ShouldBeRefused(_segment.Deactivate, "", OrganisationRules.AlreadyInactive, "NEW");

        _segment.Activate();
        _segment.IsActive.ShouldBeTrue();
    }
}
