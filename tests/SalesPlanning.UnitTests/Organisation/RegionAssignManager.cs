using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class RegionAssignManager
{
    private readonly Region _region = Region.Create("EAST", "East");

    [Fact]
    public void MakesTheUserTheManager()
    {
        var manager = Guid.NewGuid();

        _region.AssignManager(manager);

        _region.ManagerId.ShouldBe(manager);
        var membership = _region.Members.ShouldHaveSingleItem();
        membership.RegionId.ShouldBe(_region.Id);
        membership.UserId.ShouldBe(manager);
        membership.Role.ShouldBe(MemberRole.Manager);
    }

    [Fact]
    public void ReplacesTheCurrentManagerWhoLeavesTheRegion()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        _region.AssignManager(first);

        _region.AssignManager(second);

        _region.ManagerId.ShouldBe(second);
        _region.HasMember(first).ShouldBeFalse();
        _region.Members.Count(m => m.Role == MemberRole.Manager).ShouldBe(1);
    }

    [Fact]
    public void PromotesARepOfTheRegion()
    {
        var rep = Guid.NewGuid();
        var otherRep = Guid.NewGuid();
        _region.AddRep(rep);
        _region.AddRep(otherRep);

        _region.AssignManager(rep);

        _region.ManagerId.ShouldBe(rep);
        _region.RepIds.ShouldBe([otherRep]);
        _region.Members.Count.ShouldBe(2);
    }

    [Fact]
    public void RefusesTheUserWhoIsAlreadyTheManager()
    {
        var manager = Guid.NewGuid();
        _region.AssignManager(manager);

        ShouldBeRefused(() => _region.AssignManager(manager), "ManagerId", OrganisationRules.AlreadyManager, "EAST");
        _region.ManagerId.ShouldBe(manager);
    }

    [Fact]
    public void RefusesAnEmptyUserId()
    {
        Should.Throw<DomainException>(() => _region.AssignManager(Guid.Empty));
    }

    [Fact]
    public void RefusesAnInactiveRegion()
    {
        _region.Deactivate();

        ShouldBeRefused(() => _region.AssignManager(Guid.NewGuid()), "ManagerId", OrganisationRules.RegionInactive, "EAST");
        _region.Members.ShouldBeEmpty();
    }
}
