using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class RegionAddRep
{
    private readonly Region _region = Region.Create("EAST", "East");

    [Fact]
    public void AddsTheUserAsARep()
    {
        var rep = Guid.NewGuid();

        _region.AddRep(rep);

        _region.RepIds.ShouldBe([rep]);
        _region.ManagerId.ShouldBeNull();
        var membership = _region.Members.ShouldHaveSingleItem();
        membership.Role.ShouldBe(MemberRole.Rep);
        membership.RegionId.ShouldBe(_region.Id);
    }

    [Fact]
    public void KeepsManyRepsBesideTheManager()
    {
        var manager = Guid.NewGuid();
        Guid[] reps = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        _region.AssignManager(manager);

        foreach (var rep in reps)
        {
            _region.AddRep(rep);
        }

        _region.ManagerId.ShouldBe(manager);
        _region.RepIds.ShouldBe(reps, ignoreOrder: true);
    }

    [Fact]
    public void RefusesAUserWhoIsAlreadyARep()
    {
        var rep = Guid.NewGuid();
        _region.AddRep(rep);

        ShouldBeRefused(() => _region.AddRep(rep), "RepIds", OrganisationRules.AlreadyRep, "EAST");
        _region.Members.Count.ShouldBe(1);
    }

    [Fact]
    public void RefusesTheManager()
    {
        var manager = Guid.NewGuid();
        _region.AssignManager(manager);

        Should.Throw<DomainException>(() => _region.AddRep(manager));
        _region.ManagerId.ShouldBe(manager);
        _region.RepIds.ShouldBeEmpty();
    }

    [Fact]
    public void RefusesAnEmptyUserId()
    {
        ShouldBeRefused(() => _region.AddRep(Guid.Empty), "RepIds", OrganisationRules.UserRequired);
    }

    [Fact]
    public void RefusesAnInactiveRegion()
    {
        _region.Deactivate();

        Should.Throw<DomainException>(() => _region.AddRep(Guid.NewGuid()));
    }
}
