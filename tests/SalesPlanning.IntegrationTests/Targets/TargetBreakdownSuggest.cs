using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// The split helpers (DESIGN §3) through GET …/suggestions/{method}: evenly, by last month's or the
/// same month last year's actual share (the demo history covers the 13 months before this one),
/// and like last month's split. Every suggestion sums exactly to the target; nothing is saved.
/// </summary>
public class TargetBreakdownSuggest(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private DemoIds Ids => fixture.Ids;

    /// <summary>The month the demo history runs up to (exclusive), as the app saw it when it loaded the history.</summary>
    private static Period ThisMonth => Period.Containing(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));

    [Fact]
    public async Task SplitsEvenlyToTheCentWithTheSpareCentOnTheFirstRow()
    {
        const string period = "2027-05";
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, 100.00m);

        var split = await director.SuggestAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, SplitMethod.Evenly);

        // Regions are listed by code: EAST, NORTH, SOUTH.
        split.ShouldBe(new Dictionary<Guid, decimal> { [Ids.East] = 33.34m, [Ids.North] = 33.33m, [Ids.South] = 33.33m }, ignoreOrder: true);
        split.Values.Sum().ShouldBe(100.00m);
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SharesThisMonthsTargetsInProportionToLastMonthsActuals()
    {
        var period = ThisMonth.ToString();
        var lastMonth = ThisMonth.Previous();
        const decimal company = 3_456_789.01m;
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, company);

        var byRegion = await ActualSalesAsync(lastMonth, "region_id", regionId: null);
        var breakdown = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);
        var regions = await director.SuggestAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, SplitMethod.LastMonthActualShare);

        byRegion.Keys.ShouldBe([Ids.East, Ids.South, Ids.North], ignoreOrder: true);
        breakdown.Lines.ToDictionary(l => l.MemberId, l => l.LastMonthActual).ShouldBe(byRegion.ToDictionary(kv => kv.Key, kv => (decimal?)kv.Value), ignoreOrder: true);
        ShouldBeShares(regions, company, byRegion);

        // The region's manager splits the region's target by its reps' actuals the same way.
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, regions);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var byRep = await ActualSalesAsync(lastMonth, "rep_id", Ids.East);
        var reps = await manager.SuggestAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep, SplitMethod.LastMonthActualShare);

        byRep.Keys.ShouldBe(Enumerable.Range(1, 4).Select(Ids.Rep), ignoreOrder: true);
        ShouldBeShares(reps, regions[Ids.East], byRep);
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East, Dimension.Rep)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SharesNextMonthsTargetInProportionToTheSameMonthLastYear()
    {
        var next = ThisMonth.Next();
        const decimal company = 2_000_000.00m;
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(next.ToString(), Metric.SalesAmount, company);

        var byRegion = await ActualSalesAsync(next.SameMonthLastYear(), "region_id", regionId: null);
        var split = await director.SuggestAsync(next.ToString(), ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, SplitMethod.LastYearActualShare);

        byRegion.Count.ShouldBe(3);
        ShouldBeShares(split, company, byRegion);
    }

    [Fact]
    public async Task SharesWholeUnitsOfVolumeInProportionToLastMonthsActuals()
    {
        var period = ThisMonth.ToString();
        const decimal volume = 10_001m;
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(period, Metric.SalesVolume, volume);

        var byProduct = await fixture.QuerySqlAsync(
            "SELECT product_id, sum(sales_volume)::numeric FROM monthly_actuals WHERE period_key = @p0 GROUP BY product_id",
            r => (Id: r.GetGuid(0), Volume: r.GetDecimal(1)), ThisMonth.Previous().Key);
        var split = await director.SuggestAsync(period, ScopeKind.Company, null, Metric.SalesVolume, Dimension.Product, SplitMethod.LastMonthActualShare);

        split.Values.ShouldAllBe(v => v == decimal.Truncate(v));
        ShouldBeShares(split, volume, byProduct.ToDictionary(p => p.Id, p => p.Volume), unit: 1m);
    }

    [Fact]
    public async Task SplitsEvenlyWhenLastMonthHasNoActuals()
    {
        const string period = "2027-09";
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, 1_000.00m);

        var split = await director.SuggestAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, SplitMethod.LastMonthActualShare);

        split.ShouldBe(new Dictionary<Guid, decimal> { [Ids.East] = 333.34m, [Ids.North] = 333.33m, [Ids.South] = 333.33m }, ignoreOrder: true);
    }

    [Fact]
    public async Task CopiesLastMonthsSplitProportionsOntoThisMonthsTarget()
    {
        const string previous = "2027-07";
        const string period = "2027-08";
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(previous, Metric.SalesAmount, 1_000_000.00m);
        var lastSplit = new Dictionary<Guid, decimal> { [Ids.East] = 500_000.00m, [Ids.South] = 300_000.00m, [Ids.North] = 200_000.00m };
        await director.SaveBreakdownAsync(previous, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, lastSplit);
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, 1_234_567.89m);

        var split = await director.SuggestAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, SplitMethod.CopyLastMonth);

        ShouldBeShares(split, 1_234_567.89m, lastSplit);
        // 50 / 30 / 20 % of 1,234,567.89 rounded down leaves two cents, which go to the largest remainders.
        split.ShouldBe(new Dictionary<Guid, decimal> { [Ids.East] = 617_283.94m, [Ids.South] = 370_370.37m, [Ids.North] = 246_913.58m }, ignoreOrder: true);
    }

    /// <summary>
    /// Each share is within one unit (a cent, or a piece) of the exact proportion of the weights and
    /// the shares sum exactly to the total.
    /// </summary>
    private static void ShouldBeShares(IReadOnlyDictionary<Guid, decimal> split, decimal total, IReadOnlyDictionary<Guid, decimal> weights, decimal unit = 0.01m)
    {
        split.Keys.ShouldBe(weights.Keys, ignoreOrder: true);
        split.Values.Sum().ShouldBe(total);
        var sum = weights.Values.Sum();
        foreach (var (member, weight) in weights)
        {
            var exact = total * weight / sum;
            Math.Abs(split[member] - exact).ShouldBeLessThanOrEqualTo(unit, $"{member}: {split[member]} against {exact}");
        }
    }

    /// <summary>Sales of a month from monthly_actuals, summed by region or rep (optionally within one region), by SQL.</summary>
    private async Task<Dictionary<Guid, decimal>> ActualSalesAsync(Period period, string groupBy, Guid? regionId)
    {
        var rows = await fixture.QuerySqlAsync(
            $"SELECT {groupBy}, sum(sales_amount) FROM monthly_actuals WHERE period_key = @p0 AND (CAST(@p1 AS uuid) IS NULL OR region_id = @p1) GROUP BY {groupBy}",
            r => (Id: r.GetGuid(0), Amount: r.GetDecimal(1)),
            period.Key, (object?)regionId ?? DBNull.Value);
        return rows.ToDictionary(r => r.Id, r => r.Amount);
    }
}
