using System.Net;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// Saving targets and breakdowns through the API and reading them back (DESIGN §3): the company's
/// split into regions becomes the regions' targets, a region's split into reps the reps' targets,
/// a cent left over keeps a breakdown a draft, and bad rows save nothing.
/// </summary>
public class TargetBreakdownSave(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private DemoIds Ids => fixture.Ids;

    [Fact]
    public async Task KeepsTheCompanysSplitIntoRegionsAndMakesItTheRegionsTargets()
    {
        const string period = "2027-01";
        var director = await fixture.AsAsync(DemoUsers.Director);

        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, 3_200_000.00m);
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, TargetPlans.RegionSplit(Ids));

        var breakdown = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);
        breakdown.ParentAmount.ShouldBe(3_200_000.00m);
        breakdown.AmountOf(Ids.East).ShouldBe(1_280_000.00m);
        breakdown.AmountOf(Ids.South).ShouldBe(1_120_000.00m);
        breakdown.AmountOf(Ids.North).ShouldBe(800_000.00m);
        breakdown.Unallocated.ShouldBe(0m);
        var company = (await director.CompanyAsync(period)).For(Metric.SalesAmount);
        company.Amount.ShouldBe(3_200_000.00m);
        company.Breakdown(Dimension.Region).ShouldBe(new BreakdownSummaryResponse(Dimension.Region, 3_200_000.00m, 0m, BreakdownStatus.Balanced));

        (await RegionAmountAsync(DemoUsers.ManagerEast, period, Ids.East)).ShouldBe(1_280_000.00m);
        (await RegionAmountAsync(DemoUsers.ManagerSouth, period, Ids.South)).ShouldBe(1_120_000.00m);
        (await RegionAmountAsync(DemoUsers.ManagerNorth, period, Ids.North)).ShouldBe(800_000.00m);
        (await fixture.TargetsAsync(period, Metric.SalesAmount)).ShouldBe(
            [
                new StoredTarget(ScopeKind.Company, null, 3_200_000.00m, false),
                new StoredTarget(ScopeKind.Region, Ids.East, 1_280_000.00m, false),
                new StoredTarget(ScopeKind.Region, Ids.South, 1_120_000.00m, false),
                new StoredTarget(ScopeKind.Region, Ids.North, 800_000.00m, false),
            ],
            ignoreOrder: true);
    }

    [Fact]
    public async Task ShowsACentLeftUnallocatedAsADraftUntilTheManagerAllocatesIt()
    {
        const string period = "2027-02";
        await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var split = TargetPlans.EastRepSplit(Ids);
        split[Ids.Rep(4)] = 319_999.99m;

        await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep, split);

        var draft = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep);
        draft.ParentAmount.ShouldBe(1_280_000.00m);
        draft.Unallocated.ShouldBe(0.01m);
        draft.Lines.Select(l => l.Code).ShouldBe(Enumerable.Range(1, 4).Select(DemoUsers.Rep));
        (await manager.RegionAsync(period, Ids.East)).For(Metric.SalesAmount).Breakdown(Dimension.Rep)
            .ShouldBe(new BreakdownSummaryResponse(Dimension.Rep, 1_279_999.99m, 0.01m, BreakdownStatus.Draft));
        (await RepAmountAsync(4, period)).ShouldBe(319_999.99m);
        (await RepAmountAsync(1, period)).ShouldBe(320_000.00m);

        split[Ids.Rep(4)] = 320_000.00m;
        await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep, split);

        (await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep)).Unallocated.ShouldBe(0m);
        (await manager.RegionAsync(period, Ids.East)).For(Metric.SalesAmount).Breakdown(Dimension.Rep)
            .ShouldBe(new BreakdownSummaryResponse(Dimension.Rep, 1_280_000.00m, 0m, BreakdownStatus.Balanced));
        (await RepAmountAsync(4, period)).ShouldBe(320_000.00m);
    }

    [Fact]
    public async Task RefusesAFractionalCompanyVolumeAndSavesNothing()
    {
        const string period = "2027-03";
        var director = await fixture.AsAsync(DemoUsers.Director);

        using var response = await director.PutCompanyTargetAsync(period, Metric.SalesVolume, 1_000.5m, null);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull()["Amount"].ShouldBe(["Whole units only."]);
        (await director.CompanyAsync(period)).For(Metric.SalesVolume).TargetId.ShouldBeNull();
        (await fixture.TargetsAsync(period, Metric.SalesVolume)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RefusesFractionalVolumeAllocationsAndSavesNothing()
    {
        const string period = "2027-04";
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(period, Metric.SalesVolume, 1_000m);
        var before = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesVolume, Dimension.Region);

        using var response = await director.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesVolume, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 400.5m, [Ids.South] = 300m, [Ids.North] = 299.5m }, before.Version);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe([Ids.East.ToString(), Ids.North.ToString()], ignoreOrder: true);
        var after = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesVolume, Dimension.Region);
        after.Version.ShouldBe(before.Version);
        after.Allocated.ShouldBe(0m);
        (await fixture.AllocationsAsync(period, Metric.SalesVolume, ScopeKind.Company, null, Dimension.Region)).ShouldBeEmpty();
        (await fixture.TargetsAsync(period, Metric.SalesVolume)).ShouldHaveSingleItem().ScopeKind.ShouldBe(ScopeKind.Company);

        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesVolume, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 400m, [Ids.South] = 300m, [Ids.North] = 300m });
        (await fixture.TargetAsync(period, Metric.SalesVolume, ScopeKind.Region, Ids.East)).ShouldNotBeNull().Amount.ShouldBe(400m);
    }

    [Fact]
    public async Task RefusesAManagersAllocationToARepOfAnotherRegionAndSavesNothing()
    {
        const string period = "2027-05";
        await TargetPlans.SplitCompanyAndEastAsync(fixture, period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var before = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep);
        var split = TargetPlans.EastRepSplit(Ids);
        split.Remove(Ids.Rep(4));
        split[Ids.Rep(5)] = TargetPlans.EastRep;

        using var response = await manager.PutBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep, split, before.Version);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe([Ids.Rep(5).ToString()]);
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East, Dimension.Rep))
            .ShouldBe(TargetPlans.EastRepSplit(Ids), ignoreOrder: true);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(5))).ShouldBeNull();
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(4))).ShouldNotBeNull().Amount.ShouldBe(TargetPlans.EastRep);
    }

    [Fact]
    public async Task RefusesAnAllocationToAnInactiveProductAndSavesNothing()
    {
        const string period = "2027-06";
        await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var before = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product);
        await SetProductActiveAsync("AP-300", active: false);
        try
        {
            using var response = await manager.PutBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product,
                new Dictionary<Guid, decimal> { [Ids.Product("AC-100")] = 1_000_000.00m, [Ids.Product("AP-300")] = 280_000.00m }, before.Version);

            var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
            var error = problem.Errors.ShouldNotBeNull().ShouldHaveSingleItem();
            error.Key.ShouldBe(Ids.Product("AP-300").ToString());
            error.Value.ShouldHaveSingleItem().ShouldContain("inactive");
            (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East, Dimension.Product)).ShouldBeEmpty();
            var after = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product);
            after.Version.ShouldBe(before.Version);
            after.Lines.Select(l => l.Code).ShouldNotContain("AP-300");
        }
        finally
        {
            await SetProductActiveAsync("AP-300", active: true);
        }
    }

    [Fact]
    public async Task KeepsShowingAProductDeactivatedAfterItWasAllocatedUntilItsAmountIsMoved()
    {
        const string period = "2027-07";
        await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product,
            new Dictionary<Guid, decimal> { [Ids.Product("AC-100")] = 1_000_000.00m, [Ids.Product("AP-200")] = 280_000.00m });
        await SetProductActiveAsync("AP-200", active: false);
        try
        {
            var breakdown = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product);
            var line = breakdown.Lines.Single(l => l.Code == "AP-200");
            line.IsActive.ShouldBeFalse();
            line.Amount.ShouldBe(280_000.00m);

            await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product,
                new Dictionary<Guid, decimal> { [Ids.Product("AC-100")] = 1_000_000.00m, [Ids.Product("AC-200")] = 280_000.00m });

            var moved = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product);
            moved.Lines.Select(l => l.Code).ShouldNotContain("AP-200");
            moved.Unallocated.ShouldBe(0m);
        }
        finally
        {
            await SetProductActiveAsync("AP-200", active: true);
        }
    }

    private async Task<decimal?> RegionAmountAsync(string manager, string period, Guid regionId) =>
        (await (await fixture.AsAsync(manager)).RegionAsync(period, regionId)).For(Metric.SalesAmount).Amount;

    private async Task<decimal?> RepAmountAsync(int rep, string period) =>
        (await (await fixture.AsAsync(DemoUsers.Rep(rep))).RepAsync(period, Ids.Rep(rep))).For(Metric.SalesAmount).Amount;

    private Task<int> SetProductActiveAsync(string code, bool active) =>
        fixture.ExecuteSqlAsync("UPDATE products SET is_active = @p0 WHERE code = @p1", active, code);

    [Fact]
    public async Task RefusesASaveWithoutAllocationsInsteadOfClearingTheBreakdown()
    {
        const string period = "2027-08";
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, 300m);
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 100m, [Ids.South] = 100m, [Ids.North] = 100m });
        var before = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);

        using var response = await director.SendAsync(HttpMethod.Put,
            TargetsApi.BreakdownPath(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region), new { version = before.Version });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region)).Allocated.ShouldBe(300m);
    }
}
