using SalesPlanning.Application.Common;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Dashboards;

/// <summary>
/// The rep's month-to-date line and the team table's last entry date, on a month without demo history
/// (2024-05: 31 days, weeks 1–5 end on the 5th, 12th, 19th, 26th and 31st). rep01's target is
/// 320,000.00; their imported history of the month is 1,000.00 and they enter week 1 10,000.00 and
/// week 3 25,000.00; rep02 enters nothing.
/// </summary>
public class MonthToDateCompute(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>, IAsyncLifetime
{
    private static readonly Period May = Period.From(2024, 5);

    public async Task InitializeAsync()
    {
        await TargetPlans.SplitCompanyAndEastAsync(fixture, May.ToString());
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var csv = "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections\n"
            + $"2024-05,{DemoUsers.Rep(1)},EAST,AC-100,1000.00,10,800.00\n";
        (await fixture.CreateImportService().ImportAsync(admin, csv)).IsOk.ShouldBeTrue();

        var progress = fixture.CreateProgressService();
        var rep01 = await fixture.ActorAsync(DemoUsers.Rep(1));
        await SaveAsync(progress, rep01, 1, 10_000m);
        await SaveAsync(progress, rep01, 3, 25_000m);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheLineSumsTheWeeksFromTheHistoryAgainstTheTargetProratedByDays()
    {
        var rep01 = await fixture.ActorAsync(DemoUsers.Rep(1));

        var line = (await Service().MonthToDateAsync(rep01, TargetScope.ForRep(fixture.Ids.Rep(1)), Metric.SalesAmount, May)).Value.ShouldNotBeNull();

        line.Target.ShouldBe(TargetPlans.EastRep);
        line.Points.Select(p => p.Week).ShouldBe([1, 2, 3, 4, 5]);
        line.Points.Select(p => p.End.Day).ShouldBe([5, 12, 19, 26, 31]);
        line.Points.Select(p => p.Actual).ShouldBe([11_000m, 11_000m, 36_000m, 36_000m, 36_000m]);
        // 320,000.00 × 5/31, 12/31, 19/31, 26/31, 31/31, to the cent.
        line.Points.Select(p => p.TargetToDate).ShouldBe([51_612.90m, 123_870.97m, 196_129.03m, 268_387.10m, 320_000.00m]);
    }

    [Fact]
    public async Task TheRegionsLineAddsItsRepsAndAMonthAheadHasNoActualYet()
    {
        var manager = await fixture.ActorAsync(DemoUsers.ManagerEast);
        var service = Service();

        var region = (await service.MonthToDateAsync(manager, TargetScope.ForRegion(fixture.Ids.East), Metric.SalesAmount, May)).Value.ShouldNotBeNull();
        var ahead = (await service.MonthToDateAsync(manager, TargetScope.ForRegion(fixture.Ids.East), Metric.SalesAmount, Period.From(2099, 1))).Value.ShouldNotBeNull();

        region.Points[^1].Actual.ShouldBe(36_000m);
        region.Points[^1].TargetToDate.ShouldBe(TargetPlans.East);
        ahead.Target.ShouldBeNull();
        ahead.Points.ShouldAllBe(p => p.Actual == null && p.TargetToDate == null);
    }

    [Fact]
    public async Task OnlyWhoMayReadTheScopeGetsItsLine()
    {
        var rep02 = await fixture.ActorAsync(DemoUsers.Rep(2));
        var southManager = await fixture.ActorAsync(DemoUsers.ManagerSouth);
        var rep01Scope = TargetScope.ForRep(fixture.Ids.Rep(1));

        (await Service().MonthToDateAsync(rep02, rep01Scope, Metric.SalesAmount, May)).Status.ShouldBe(ResultStatus.Forbidden);
        (await Service().MonthToDateAsync(southManager, rep01Scope, Metric.SalesAmount, May)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Fact]
    public async Task TheTeamTableShowsWhenEachRepLastEntered()
    {
        var manager = await fixture.ActorAsync(DemoUsers.ManagerEast);
        var saved = await fixture.QuerySqlAsync(
            "SELECT max(updated_at) FROM progress_entries WHERE rep_id = @p0", r => r.GetFieldValue<DateTimeOffset>(0), fixture.Ids.Rep(1));

        var team = (await Service().BreakdownAsync(manager, TargetScope.ForRegion(fixture.Ids.East), Dimension.Rep, Metric.SalesAmount, May)).Value.ShouldNotBeNull();

        team.Rows.Single(r => r.Id == fixture.Ids.Rep(1)).LastEntry.ShouldBe(saved.Single());
        team.Rows.Single(r => r.Id == fixture.Ids.Rep(2)).LastEntry.ShouldBeNull();
    }

    private DashboardService Service()
    {
        var contexts = TestDatabases.CreateFactory(fixture.ConnectionString);
        return new DashboardService(contexts, new Application.Actuals.ActualsQuery(contexts), TimeProvider.System);
    }

    private static async Task SaveAsync(ProgressService service, Actor actor, int week, decimal amount)
    {
        var result = await service.SaveWeekAsync(actor, new SaveProgressEntry(May, week, new WeeklyFigures(amount, 1, 0m, 1, 0, 0, 0, 0), null, [], null));
        result.IsOk.ShouldBeTrue(string.Join("; ", result.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}"))));
    }
}
