using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class CustomerSegmentCreate
{
    [Theory]
    [InlineData(SegmentKind.New)]
    [InlineData(SegmentKind.Existing)]
    [InlineData(SegmentKind.KeyAccount)]
    public void KeepsTheKindAndStartsActive(SegmentKind kind)
    {
        var segment = CustomerSegment.Create(" key ", " 重点客户 ", " Key accounts ", kind);

        segment.Id.ShouldNotBe(Guid.Empty);
        segment.Code.ShouldBe("KEY");
        segment.NameZh.ShouldBe("重点客户");
        segment.NameEn.ShouldBe("Key accounts");
        segment.Kind.ShouldBe(kind);
        segment.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void RejectsAnUndefinedKind()
    {
        Should.Throw<DomainException>(() => CustomerSegment.Create("KEY", "重点客户", "Key accounts", (SegmentKind)42));
    }

    [Fact]
    public void RequiresCodeAndBothNames()
    {
        ShouldBeRefused(() => CustomerSegment.Create("", "重点客户", "Key", SegmentKind.KeyAccount), "Code", OrganisationRules.Required);
        Should.Throw<DomainException>(() => CustomerSegment.Create("KEY", "", "Key", SegmentKind.KeyAccount));
        Should.Throw<DomainException>(() => CustomerSegment.Create("KEY", "重点客户", "", SegmentKind.KeyAccount));
    }
}
