using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Dashboards;

/// <summary>
/// The alerts keep the months' figures and the closed months' findings between calls (issue 17, <see cref="AlertWindowCache"/>).
/// Two services with their own caches stand for two app instances; after each kind of change to a closed month's targets or
/// actuals, made by the API or by plain SQL on the raw rows, both answer what a service with nothing kept answers.
/// </summary>
public class AlertsFollowEveryChange(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private static Period ThisMonth => Period.Containing(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));

    private static Period[] Months => [ThisMonth.Previous().Previous(), ThisMonth.Previous()];

    private DemoIds Ids => fixture.Ids;

    [Fact]
    public async Task TargetChangesHistoryRowsAddedAndRemovedAndARebuildAreSeenByTheNextCall()
    {
        var director = await fixture.ActorAsync(DemoUsers.Director);
        var (first, second) = (Service(new AlertWindowCache()), Service(new AlertWindowCache()));
        var managerApi = await fixture.AsAsync(DemoUsers.ManagerEast);
        foreach (var month in Months)
        {
            await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, month.ToString());
            await managerApi.SaveBreakdownAsync(month.ToString(), ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep,
                new Dictionary<Guid, decimal> { [Ids.Rep(1)] = 1_000_000_000.00m, [Ids.Rep(2)] = 0.01m });
        }

        async Task<IReadOnlyList<AlertView>> BothAgreeAsync()
        {
            var truth = Key(await Service(new AlertWindowCache()).ListAsync(director));
            Key(await first.ListAsync(director)).ShouldBe(truth);
            Key(await second.ListAsync(director)).ShouldBe(truth);
            Key(await first.ListAsync(director)).ShouldBe(truth, "a second call from the kept window");
            return (await first.ListAsync(director)).Value!;
        }

        (await BothAgreeAsync()).ShouldContain(a => a.ScopeId == Ids.Rep(1) && a.Kind == AlertKind.RepSevere);
        (await BothAgreeAsync()).ShouldNotContain(a => a.ScopeId == Ids.Rep(2) && a.Kind == AlertKind.RepSevere);

        // A target of the last closed month lowered through the API: rep01 is no longer below in both months.
        await managerApi.SaveBreakdownAsync(Months[1].ToString(), ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep,
            new Dictionary<Guid, decimal> { [Ids.Rep(1)] = 0.01m, [Ids.Rep(2)] = 0.01m });
        (await BothAgreeAsync()).ShouldNotContain(a => a.ScopeId == Ids.Rep(1) && a.Kind == AlertKind.RepSevere);

        // rep02's history of both months removed by SQL (the per-rep rows go, the region's rows change).
        var removed = await fixture.ExecuteSqlAsync(
            "DELETE FROM monthly_actuals WHERE rep_id = @p0 AND period_key IN (@p1, @p2)", Ids.Rep(2), Months[0].Key, Months[1].Key);
        removed.ShouldBeGreaterThan(0);
        await fixture.ExecuteSqlAsync("DELETE FROM progress_entries WHERE rep_id = @p0 AND period_key IN (@p1, @p2)", Ids.Rep(2), Months[0].Key, Months[1].Key);
        (await BothAgreeAsync()).ShouldContain(a => a.ScopeId == Ids.Rep(2) && a.Kind == AlertKind.RepSevere);

        // A history row added back by SQL for the last closed month: rep02 reaches the tiny target again.
        await fixture.ExecuteSqlAsync(
            """
            INSERT INTO monthly_actuals (id, period_key, region_id, rep_id, product_id, sales_amount, sales_volume, collections)
            SELECT gen_random_uuid(), @p1, @p2, @p0, (SELECT id FROM products ORDER BY code LIMIT 1), 100, 1, 0
            """,
            Ids.Rep(2), Months[1].Key, Ids.East);
        (await BothAgreeAsync()).ShouldNotContain(a => a.ScopeId == Ids.Rep(2) && a.Kind == AlertKind.RepSevere);

        // Both summaries rebuilt from the raw rows: the same alerts.
        await fixture.ExecuteSqlAsync("SELECT rebuild_month_actuals()");
        await BothAgreeAsync();
    }

    [Fact]
    public async Task CallsWhileTargetsChangeEndWithTheSameAnswerAsNothingKept()
    {
        var director = await fixture.ActorAsync(DemoUsers.Director);
        var kept = Service(new AlertWindowCache());
        var managerApi = await fixture.AsAsync(DemoUsers.ManagerEast);
        foreach (var month in Months)
        {
            await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, month.ToString());
        }

        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                (await kept.ListAsync(director)).Status.ShouldBe(ResultStatus.Ok);
            }
        })).ToList();
        foreach (var amount in new[] { 1_000_000_000.00m, 0.01m, 1_000_000_000.00m, 0.01m, 1_000_000_000.00m })
        {
            foreach (var month in Months)
            {
                await managerApi.SaveBreakdownAsync(month.ToString(), ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep,
                    new Dictionary<Guid, decimal> { [Ids.Rep(1)] = amount, [Ids.Rep(2)] = 0.01m });
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        var truth = Key(await Service(new AlertWindowCache()).ListAsync(director));
        Key(await kept.ListAsync(director)).ShouldBe(truth);
        truth.ShouldContain(k => k.StartsWith($"{AlertKind.RepSevere}/{Ids.Rep(1)}", StringComparison.Ordinal));
    }

    private static List<string> Key(Result<IReadOnlyList<AlertView>> result) =>
        [.. result.Value.ShouldNotBeNull().Select(a =>
            $"{a.Kind}/{a.ScopeId}/{a.Rate}/{string.Join(",", a.Months.Select(m => $"{m.Period}:{m.Achievement}"))}")];

    private AlertService Service(AlertWindowCache cache)
    {
        var contexts = TestDatabases.CreateFactory(fixture.ConnectionString);
        return new AlertService(contexts, new ActualsQuery(contexts), new SettingsQuery(contexts), cache, TimeProvider.System);
    }
}
