using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class RegionRemoveMember
{
    private readonly Region _region = Region.Create("EAST", "East");

    [Fact]
    public void RemovesARep()
    {
        var rep = Guid.NewGuid();
        var other = Guid.NewGuid();
        _region.AddRep(rep);
        _region.AddRep(other);

        _region.RemoveMember(rep);

        _region.RepIds.ShouldBe([other]);
        _region.HasMember(rep).ShouldBeFalse();
    }

    [Fact]
    public void RemovesTheManagerLeavingTheRegionWithoutOne()
    {
        var manager = Guid.NewGuid();
        _region.AssignManager(manager);

        _region.RemoveMember(manager);

        _region.ManagerId.ShouldBeNull();
        _region.Members.ShouldBeEmpty();
    }

    [Fact]
    public void RefusesAUserWhoIsNotAMember()
    {
        _region.AddRep(Guid.NewGuid());

        ShouldBeRefused(() => _region.RemoveMember(Guid.NewGuid()), "Members", OrganisationRules.NotAMember, "EAST");
        _region.Members.Count.ShouldBe(1);
    }

    [Fact]
    public void WorksOnAnInactiveRegion()
    {
        var rep = Guid.NewGuid();
        _region.AddRep(rep);
        _region.Deactivate();

        _region.RemoveMember(rep);

        _region.Members.ShouldBeEmpty();
    }
}
