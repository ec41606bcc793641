using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>
/// The monthly-actuals query adds the weekly entries to the imported history. Hand-computed month
/// (2031-03, no demo history): history rep01 AC-100 1,000.00 / 10 / 800.00 and rep02 AC-200
/// 2,000.00 / 20 / 1,500.00; weekly rep01 W1 500.00 / 5 / 300.00 split AC-100 300/3/200 + AC-300
/// 200/2/100, rep01 W2 700.00 / 7 / 600.00 unsplit, rep05 (SOUTH) W1 100.00 / 1 / 50.00 unsplit.
/// </summary>
public class ActualsQueryWithWeeklyProgress(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>, IAsyncLifetime
{
    private static readonly Period March = Period.From(2031, 3);

    public async Task InitializeAsync()
    {
        var import = fixture.CreateImportService();
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var csv = "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections\n"
            + $"2031-03,{DemoUsers.Rep(1)},EAST,AC-100,1000.00,10,800.00\n"
            + $"2031-03,{DemoUsers.Rep(2)},EAST,AC-200,2000.00,20,1500.00\n";
        (await import.ImportAsync(admin, csv)).IsOk.ShouldBeTrue();

        var progress = fixture.CreateProgressService();
        var rep01 = await fixture.ActorAsync(DemoUsers.Rep(1));
        var rep05 = await fixture.ActorAsync(DemoUsers.Rep(5));
        await SaveAsync(progress, rep01, 1, 500m, 5, 300m,
            [new(fixture.Ids.Product("AC-100"), 300m, 3, 200m), new(fixture.Ids.Product("AC-300"), 200m, 2, 100m)]);
        await SaveAsync(progress, rep01, 2, 700m, 7, 600m, []);
        await SaveAsync(progress, rep05, 1, 100m, 1, 50m, []);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TotalOfTheCompanyIsHistoryPlusEveryWeek() =>
        (await Query().TotalAsync(March, ActualsFilter.All)).ShouldBe(new ActualTotals(4_300m, 43, 3_250m));

    [Fact]
    public async Task TotalOfARepAddsTheirWeeksSplitOrNot() =>
        (await Query().TotalAsync(March, new ActualsFilter(RepId: fixture.Ids.Rep(1)))).ShouldBe(new ActualTotals(2_200m, 22, 1_700m));

    [Fact]
    public async Task ByRegionCountsEachWeekInTheRepsRegion()
    {
        var byRegion = await Query().ByAsync(March, Dimension.Region, ActualsFilter.All);

        byRegion[fixture.Ids.East].ShouldBe(new ActualTotals(4_200m, 42, 3_200m));
        byRegion[fixture.Ids.South].ShouldBe(new ActualTotals(100m, 1, 50m));
        byRegion.ContainsKey(fixture.Ids.North).ShouldBeFalse();
    }

    [Fact]
    public async Task ByRepAddsHistoryAndWeeks()
    {
        var byRep = await Query().ByAsync(March, Dimension.Rep, new ActualsFilter(RegionId: fixture.Ids.East));

        byRep.Count.ShouldBe(2);
        byRep[fixture.Ids.Rep(1)].SalesAmount.ShouldBe(2_200m);
        byRep[fixture.Ids.Rep(2)].SalesAmount.ShouldBe(2_000m);
    }

    [Fact]
    public async Task ByProductCountsOnlyTheProductSplitOfTheWeeks()
    {
        var byProduct = await Query().ByAsync(March, Dimension.Product, ActualsFilter.All);

        byProduct[fixture.Ids.Product("AC-100")].ShouldBe(new ActualTotals(1_300m, 13, 1_000m));
        byProduct[fixture.Ids.Product("AC-200")].ShouldBe(new ActualTotals(2_000m, 20, 1_500m));
        byProduct[fixture.Ids.Product("AC-300")].ShouldBe(new ActualTotals(200m, 2, 100m));
        // The unsplit weeks (700.00 and 100.00) count toward no product.
        byProduct.Values.Sum(t => t.SalesAmount).ShouldBe(3_500m);
    }

    [Fact]
    public async Task FilteredByProductAndRepSeesHistoryAndSplitLines() =>
        (await Query().TotalAsync(March, new ActualsFilter(RepId: fixture.Ids.Rep(1), ProductId: fixture.Ids.Product("AC-100"))))
            .ShouldBe(new ActualTotals(1_300m, 13, 1_000m));

    [Fact]
    public async Task AchievementOfTheRepUsesTheSameActuals()
    {
        var rep01 = await fixture.ActorAsync(DemoUsers.Rep(1));

        var result = await fixture.CreateProgressService().GetAchievementAsync(rep01, March, AchievementScope.Rep, fixture.Ids.Rep(1));

        result.IsOk.ShouldBeTrue();
        result.Value!.Metrics.Single(m => m.Metric == Metric.SalesAmount).Actual.ShouldBe(2_200m);
        // 2031-03 is in the future: no time has passed yet.
        result.Value.TimeProgress.ShouldBe(0m);
    }

    private ActualsQuery Query() => fixture.CreateActualsQuery();

    private static async Task SaveAsync(ProgressService service, Application.Common.Actor actor, int week, decimal amount, long volume, decimal collections,
        IReadOnlyList<ProductFigures> lines)
    {
        var result = await service.SaveWeekAsync(actor, new SaveProgressEntry(March, week, new WeeklyFigures(amount, volume, collections, 1, 0, 0, 0, 0), null, lines, null));
        result.IsOk.ShouldBeTrue(string.Join("; ", result.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}"))));
    }
}
