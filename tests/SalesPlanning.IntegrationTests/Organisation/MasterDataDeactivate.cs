using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>Deactivated items stay in history but are no longer offered for new work.</summary>
public class MasterDataDeactivate(MasterDataAppFixture fixture) : IClassFixture<MasterDataAppFixture>
{
    [Fact]
    public async Task ADeactivatedProductKeepsItsAllocationButCannotBeGivenANewOne()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var director = await fixture.ActorAsync(DemoUsers.Director);
        var targets = fixture.CreateService();
        var period = Period.From(2028, 2);
        var kept = fixture.Ids.Product(fixture.Ids.ProductCodes[0]);
        var dropped = fixture.Ids.Product(fixture.Ids.ProductCodes[1]);
        var other = fixture.Ids.Product(fixture.Ids.ProductCodes[2]);
        (await targets.SetCompanyTargetAsync(director, new SetTargetAmount(period, Metric.SalesAmount, 1000m, null))).IsOk.ShouldBeTrue();
        var version = await VersionAsync(targets, director, period);
        (await targets.SaveBreakdownAsync(director, Split(period, version, new() { [kept] = 600m, [dropped] = 400m }))).IsOk.ShouldBeTrue();

        (await fixture.MasterData().SetActiveAsync(admin, MasterDataKind.Product, dropped, active: false)).IsOk.ShouldBeTrue();
        (await fixture.MasterData().SetActiveAsync(admin, MasterDataKind.Product, other, active: false)).IsOk.ShouldBeTrue();

        var breakdown = (await targets.GetBreakdownAsync(director, period, Metric.SalesAmount, TargetScope.Company, Dimension.Product)).Value.ShouldNotBeNull();
        var droppedLine = breakdown.Lines.Single(l => l.MemberId == dropped);
        droppedLine.IsActive.ShouldBeFalse();
        droppedLine.Amount.ShouldBe(400m);
        breakdown.Lines.ShouldNotContain(l => l.MemberId == other);
        var refused = await targets.SaveBreakdownAsync(director, Split(period, breakdown.Version, new() { [kept] = 600m, [other] = 400m }));
        refused.Status.ShouldBe(ResultStatus.Invalid);
        refused.Errors[other.ToString()].ShouldBe([TargetMessages.MemberNotAllowed]);
        (await fixture.MasterDataQueries().ListProductsAsync()).Single(p => p.Id == dropped).IsActive.ShouldBeFalse();

        (await fixture.MasterData().SetActiveAsync(admin, MasterDataKind.Product, other, active: true)).IsOk.ShouldBeTrue();
        (await targets.SaveBreakdownAsync(director, Split(period, breakdown.Version, new() { [kept] = 600m, [other] = 400m }))).IsOk.ShouldBeTrue();
    }

    [Fact]
    public async Task ADeactivatedRegionKeepsItsPeopleAndIsRefusedForANewManager()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var service = fixture.MasterData();
        var north = (await fixture.MasterDataQueries().ListRegionsAsync(admin)).Value!.Single(r => r.Code == "NORTH");

        (await service.SetActiveAsync(admin, MasterDataKind.Region, north.Id, active: false)).IsOk.ShouldBeTrue();
        var again = await service.SetActiveAsync(admin, MasterDataKind.Region, north.Id, active: false);

        again.Errors[""].ShouldBe([MasterDataMessages.AlreadyInactive]);
        var after = (await fixture.MasterDataQueries().ListRegionsAsync(admin)).Value!.Single(r => r.Code == "NORTH");
        after.IsActive.ShouldBeFalse();
        after.RepCount.ShouldBe(north.RepCount);
        after.ManagerId.ShouldBe(north.ManagerId);
        var change = await service.SaveRegionAsync(admin, new SaveRegion(north.Id, "NORTH", north.Name, fixture.Ids.User(DemoUsers.ManagerSouth), after.Version));
        change.Errors["ManagerId"].ShouldBe([MasterDataMessages.RegionInactive]);
    }

    private static async Task<uint> VersionAsync(TargetService targets, Actor director, Period period) =>
        (await targets.GetTargetsAsync(director, period, TargetScope.Company)).Value!.Metrics.Single(m => m.Metric == Metric.SalesAmount).Version;

    private static SaveBreakdown Split(Period period, uint version, Dictionary<Guid, decimal> amounts) =>
        new(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Product, amounts, version);
}
