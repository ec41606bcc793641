using System.Net;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// Locking a region's targets and its reps' when its plan is approved (DESIGN §3,
/// <c>TargetService.LockRegionAsync</c>): after that, nothing that would change them is saved,
/// whether from the region's own breakdowns, its reps' or the company's split into regions.
/// </summary>
public class RegionTargetsLock(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private DemoIds Ids => fixture.Ids;

    [Fact]
    public async Task RefusesTheManagersRepSplitOfALockedRegion()
    {
        const string period = "2027-01";
        await LockedEastAsync(period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var read = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep);
        var split = TargetPlans.EastRepSplit(Ids);
        split[Ids.Rep(1)] = 330_000.00m;
        split[Ids.Rep(2)] = 310_000.00m;

        using var response = await manager.PutBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep, split, read.Version);

        read.IsLocked.ShouldBeTrue();
        read.CanEdit.ShouldBeFalse();
        (await manager.RegionAsync(period, Ids.East)).For(Metric.SalesAmount).IsLocked.ShouldBeTrue();
        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Messages().ShouldHaveSingleItem().ShouldContain("locked");
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East, Dimension.Rep))
            .ShouldBe(TargetPlans.EastRepSplit(Ids), ignoreOrder: true);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(1))).ShouldNotBeNull().Amount.ShouldBe(TargetPlans.EastRep);
    }

    [Fact]
    public async Task RefusesTheLockedRegionsProductSplitAndItsRepsSplits()
    {
        const string period = "2027-02";
        await LockedEastAsync(period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var product = Ids.Product(Ids.ProductCodes[0]);

        using var regionProducts = await PutAsync(manager, period, ScopeKind.Region, Ids.East, Dimension.Product,
            new Dictionary<Guid, decimal> { [product] = TargetPlans.East });
        using var repProducts = await PutAsync(manager, period, ScopeKind.Rep, Ids.Rep(1), Dimension.Product,
            new Dictionary<Guid, decimal> { [product] = TargetPlans.EastRep });

        (await TargetsApi.ProblemAsync(regionProducts, HttpStatusCode.BadRequest)).Messages().ShouldHaveSingleItem().ShouldContain("locked");
        (await TargetsApi.ProblemAsync(repProducts, HttpStatusCode.BadRequest)).Messages().ShouldHaveSingleItem().ShouldContain("locked");
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East, Dimension.Product)).ShouldBeEmpty();
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(1), Dimension.Product)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RefusesACompanySplitThatWouldChangeALockedRegionsTarget()
    {
        const string period = "2027-03";
        await LockedEastAsync(period);
        var director = await fixture.AsAsync(DemoUsers.Director);

        using var changed = await PutAsync(director, period, ScopeKind.Company, null, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1_300_000.00m, [Ids.South] = 1_100_000.00m, [Ids.North] = TargetPlans.North });
        using var removed = await PutAsync(director, period, ScopeKind.Company, null, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.South] = 2_400_000.00m, [Ids.North] = TargetPlans.North });

        (await TargetsApi.ProblemAsync(changed, HttpStatusCode.BadRequest)).Messages().ShouldHaveSingleItem().ShouldContain("locked");
        (await TargetsApi.ProblemAsync(removed, HttpStatusCode.BadRequest)).Messages().ShouldHaveSingleItem().ShouldContain("locked");
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region))
            .ShouldBe(TargetPlans.RegionSplit(Ids), ignoreOrder: true);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East)).ShouldBe(
            new StoredTarget(ScopeKind.Region, Ids.East, TargetPlans.East, IsLocked: true));
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.South)).ShouldNotBeNull().Amount.ShouldBe(TargetPlans.South);
    }

    [Fact]
    public async Task AllowsACompanySplitThatLeavesTheLockedRegionAlone()
    {
        const string period = "2027-04";
        await LockedEastAsync(period);
        var director = await fixture.AsAsync(DemoUsers.Director);

        using var response = await PutAsync(director, period, ScopeKind.Company, null, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = TargetPlans.East, [Ids.South] = 1_100_000.00m, [Ids.North] = 820_000.00m });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.North)).ShouldNotBeNull().Amount.ShouldBe(820_000.00m);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East)).ShouldBe(
            new StoredTarget(ScopeKind.Region, Ids.East, TargetPlans.East, IsLocked: true));
    }

    [Fact]
    public async Task LocksOnlyTheRegionsAndItsRepsTargetsOfThatMonthAndAuditsEach()
    {
        const string period = "2027-05";
        await TargetPlans.SplitCompanyAndEastAsync(fixture, "2027-06");
        await LockedEastAsync(period);

        var locked = (await fixture.TargetsAsync(period, Metric.SalesAmount)).Where(t => t.IsLocked).Select(t => t.ScopeId).ToList();
        locked.ShouldBe([Ids.East, .. Enumerable.Range(1, 4).Select(Ids.Rep)], ignoreOrder: true);
        (await fixture.TargetsAsync("2027-06", Metric.SalesAmount)).ShouldAllBe(t => !t.IsLocked);
        var audit = (await fixture.TargetAuditAsync(period)).Where(a => a.Action == "Locked").ToList();
        audit.Select(a => a.EntityKey).ShouldBe(
            [
                StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Region, Ids.East),
                .. Enumerable.Range(1, 4).Select(n => StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(n))),
            ],
            ignoreOrder: true);
        audit.ShouldAllBe(a => a.UserId == Ids.User(DemoUsers.Director) && a.UserName == DemoUsers.Director);
    }

    /// <summary>The usual plan for the month, with EAST's targets locked as plan approval locks them.</summary>
    private async Task LockedEastAsync(string period)
    {
        await TargetPlans.SplitCompanyAndEastAsync(fixture, period);
        await fixture.CreateService().LockRegionAsync(await fixture.ActorAsync(DemoUsers.Director), Period.Parse(period), Ids.East);
    }

    /// <summary>A PUT of a breakdown from the version the user has just read.</summary>
    private static async Task<HttpResponseMessage> PutAsync(
        TargetsApi api, string period, ScopeKind scope, Guid? scopeId, Dimension dimension, IReadOnlyDictionary<Guid, decimal> amounts)
    {
        var read = await api.BreakdownAsync(period, scope, scopeId, Metric.SalesAmount, dimension);
        return await api.PutBreakdownAsync(period, scope, scopeId, Metric.SalesAmount, dimension, amounts, read.Version);
    }
}
