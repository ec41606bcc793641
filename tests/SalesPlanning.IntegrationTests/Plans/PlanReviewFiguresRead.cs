using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Plans;

/// <summary>
/// The §4.1 figures of this month's EAST plan (GET …/{regionId}/{period}/review) against sums worked
/// out here with plain SQL from the demo history's monthly_actuals rows: last month's actual per
/// metric, its achievement against a target set for that month, MoM and YoY; per rep (with each rep's
/// own target) and per product.
/// </summary>
public class PlanReviewFiguresRead(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    private const decimal EastTarget = 1_280_000.00m;

    [Fact]
    public async Task MatchesTheSumsOfTheHistoryRows()
    {
        // The demo history ends last month; this month's plan reviews it.
        var thisMonth = Period.Containing(DateOnly.FromDateTime(DateTime.Now));
        var month = thisMonth.Previous();
        await TargetPlans.SplitCompanyAndEastAsync(fixture, month.ToString());
        var api = await fixture.PlansAsAsync(DemoUsers.Director);

        using var response = await api.SendAsync(HttpMethod.Get, $"/{fixture.Ids.East}/{thisMonth}/review");
        var figures = await api.OkAsync<ReviewFiguresResponse>(response);

        figures.Month.ShouldBe(month.ToString());
        var actual = await SumsAsync(month, "true");
        actual[Metric.SalesAmount].ShouldBeGreaterThan(0m);
        var previous = await SumsAsync(month.Previous(), "true");
        var lastYear = await SumsAsync(month.SameMonthLastYear(), "true");
        foreach (var metric in new[] { Metric.SalesAmount, Metric.SalesVolume, Metric.Collections })
        {
            var row = figures.Region.Single(r => r.Metric == metric);
            row.Actual.ShouldBe(actual[metric], metric.ToString());
            row.MonthOnMonth.ShouldBe((actual[metric] - previous[metric]) / previous[metric], metric.ToString());
            row.YearOnYear.ShouldBe((actual[metric] - lastYear[metric]) / lastYear[metric], metric.ToString());
        }

        var amount = figures.Region.Single(r => r.Metric == Metric.SalesAmount);
        amount.Target.ShouldBe(EastTarget);
        amount.Achievement.ShouldBe(actual[Metric.SalesAmount] / EastTarget);
        amount.VsPlan.ShouldBe(actual[Metric.SalesAmount] - EastTarget);
        var volume = figures.Region.Single(r => r.Metric == Metric.SalesVolume);
        volume.Target.ShouldBeNull();
        volume.Achievement.ShouldBeNull();

        foreach (var rep in Enumerable.Range(1, 4))
        {
            var sums = await SumsAsync(month, "rep_id = @p2", fixture.Ids.Rep(rep));
            var line = figures.ByRep.Single(l => l.Id == fixture.Ids.Rep(rep));
            var repAmount = line.Metrics.Single(m => m.Metric == Metric.SalesAmount);
            repAmount.Actual.ShouldBe(sums[Metric.SalesAmount]);
            repAmount.Target.ShouldBe(TargetPlans.EastRep);
            repAmount.Achievement.ShouldBe(sums[Metric.SalesAmount] / TargetPlans.EastRep);
            line.Metrics.Single(m => m.Metric == Metric.Collections).Actual.ShouldBe(sums[Metric.Collections]);
            line.Metrics.Single(m => m.Metric == Metric.Collections).Target.ShouldBeNull();
        }

        figures.ByRep.Select(l => l.Id).ShouldNotContain(fixture.Ids.Rep(5));
        foreach (var code in new[] { "AC-100", "CM-300", "AP-300" })
        {
            var sums = await SumsAsync(month, "product_id = @p2", fixture.Ids.Product(code));
            var line = figures.ByProduct.Single(l => l.Id == fixture.Ids.Product(code));
            line.Metrics.Single(m => m.Metric == Metric.SalesVolume).Actual.ShouldBe(sums[Metric.SalesVolume], code);
            line.Metrics.Single(m => m.Metric == Metric.SalesAmount).Actual.ShouldBe(sums[Metric.SalesAmount], code);
        }
    }

    private async Task<Dictionary<Metric, decimal>> SumsAsync(Period period, string filter, params object[] more)
    {
#pragma warning disable CA2100 // The filter is one of the test's own fixed strings.
        var row = (await fixture.QuerySqlAsync(
            $"""
            SELECT coalesce(sum(sales_amount), 0), coalesce(sum(sales_volume), 0), coalesce(sum(collections), 0)
            FROM monthly_actuals WHERE period_key = @p0 AND region_id = @p1 AND {filter}
            """,
            r => (r.GetDecimal(0), r.GetDecimal(1), r.GetDecimal(2)),
            [period.Key, fixture.Ids.East, .. more])).Single();
#pragma warning restore CA2100
        return new() { [Metric.SalesAmount] = row.Item1, [Metric.SalesVolume] = row.Item2, [Metric.Collections] = row.Item3 };
    }
}

public sealed record ReviewFiguresResponse(string Month, IReadOnlyList<ReviewRowResponse> Region, IReadOnlyList<ReviewLineResponse> ByRep, IReadOnlyList<ReviewLineResponse> ByProduct);

public sealed record ReviewLineResponse(Guid Id, string NameZh, string NameEn, IReadOnlyList<ReviewRowResponse> Metrics);

public sealed record ReviewRowResponse(
    Metric Metric, decimal? Target, decimal Actual, decimal? Achievement, decimal? VsPlan, decimal? MonthOnMonth, decimal? YearOnYear);
