using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class RegionChangeManager
{
    private readonly Region _region = Region.Create("EAST", "East");

    [Fact]
    public void GivesTheRegionItsFirstManager()
    {
        var manager = Guid.NewGuid();

        _region.ChangeManager(manager);

        _region.ManagerId.ShouldBe(manager);
    }

    [Fact]
    public void ReplacesTheManager()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        _region.ChangeManager(first);

        _region.ChangeManager(second);

        _region.ManagerId.ShouldBe(second);
        _region.HasMember(first).ShouldBeFalse();
    }

    [Fact]
    public void LeavesTheRegionWithoutAManagerWhenGivenNone()
    {
        var rep = Guid.NewGuid();
        _region.ChangeManager(Guid.NewGuid());
        _region.AddRep(rep);

        _region.ChangeManager(null);

        _region.ManagerId.ShouldBeNull();
        _region.RepIds.ShouldBe([rep]);
    }

    [Fact]
    public void DoesNothingWhenTheManagerIsTheSameEvenInAnInactiveRegion()
    {
        var manager = Guid.NewGuid();
        _region.ChangeManager(manager);
        _region.Deactivate();

        _region.ChangeManager(manager);

        _region.ManagerId.ShouldBe(manager);
        _region.Members.ShouldHaveSingleItem();
    }

    [Fact]
    public void RefusesToChangeTheManagerOfAnInactiveRegion()
    {
        _region.Deactivate();

        ShouldBeRefused(() => _region.ChangeManager(Guid.NewGuid()), "ManagerId", OrganisationRules.RegionInactive, "EAST");
        _region.ManagerId.ShouldBeNull();
    }
}
