using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetScopeFrom
{
    [Fact]
    public void TheCompanyScopeHasNoId()
    {
        TargetScope.Company.Kind.ShouldBe(ScopeKind.Company);
        TargetScope.Company.Id.ShouldBeNull();
        TargetScope.From(ScopeKind.Company, null).ShouldBe(TargetScope.Company);
    }

    [Fact]
    public void ARegionOrRepScopeCarriesItsId()
    {
        var id = Guid.NewGuid();

        TargetScope.ForRegion(id).ShouldBe(TargetScope.From(ScopeKind.Region, id));
        TargetScope.ForRep(id).Kind.ShouldBe(ScopeKind.Rep);
        TargetScope.ForRep(id).Id.ShouldBe(id);
    }

    [Fact]
    public void RefusesACompanyScopeWithAnId()
    {
        Should.Throw<DomainException>(() => TargetScope.From(ScopeKind.Company, Guid.NewGuid()));
    }

    [Fact]
    public void RefusesARegionOrRepScopeWithoutAnId()
    {
        Should.Throw<DomainException>(() => TargetScope.ForRegion(Guid.Empty))
            .Message.ShouldBe("Choose the region the target is for.");
        Should.Throw<DomainException>(() => TargetScope.From(ScopeKind.Rep, null))
            .Message.ShouldBe("Choose the rep the target is for.");
    }

    [Fact]
    public void TheCompanyBreaksDownByRegionProductAndSegment()
    {
        TargetScope.Company.Dimensions.ShouldBe([Dimension.Region, Dimension.Product, Dimension.CustomerSegment]);
    }

    [Fact]
    public void ARegionBreaksDownByRepProductAndSegment()
    {
        TargetScope.ForRegion(Guid.NewGuid()).Dimensions
            .ShouldBe([Dimension.Rep, Dimension.Product, Dimension.CustomerSegment]);
    }

    [Fact]
    public void ARepBreaksDownByProductAndSegmentOnly()
    {
        var rep = TargetScope.ForRep(Guid.NewGuid());

        rep.Dimensions.ShouldBe([Dimension.Product, Dimension.CustomerSegment]);
        rep.CanBreakDownAlong(Dimension.Rep).ShouldBeFalse();
        rep.CanBreakDownAlong(Dimension.Region).ShouldBeFalse();
    }
}
