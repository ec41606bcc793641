using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>A month whose plan is Closed (month-end review signed off) refuses weekly entries; other regions' months stay open.</summary>
public class ProgressInClosedMonth(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>
{
    private static readonly TargetsReadiness Ready = new([.. Enum.GetValues<Metric>().Select(m => new MetricReadiness(m, true, true, []))]);

    [Fact]
    public async Task RefusesAWeekOfTheClosedRegionAndSavesNothing()
    {
        const string period = "2030-08";
        await ClosePlanAsync("EAST", Period.Parse(period));
        var east = await fixture.ApiAsync(DemoUsers.Rep(1));
        var south = await fixture.ApiAsync(DemoUsers.Rep(5));

        using var refused = await east.PutWeekAsync(period, 1, ProgressApi.Week(100m, 1, 50m));
        using var open = await south.PutWeekAsync(period, 1, ProgressApi.Week(100m, 1, 50m));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadAsStringAsync()).ShouldContain("closed");
        open.StatusCode.ShouldBe(HttpStatusCode.OK, await open.Content.ReadAsStringAsync());
        await using var db = fixture.CreateDbContext();
        var rep = fixture.Ids.Rep(1);
        (await db.ProgressEntries.CountAsync(e => e.RepId == rep && e.PeriodKey == 203008)).ShouldBe(0);
    }

    [Fact]
    public async Task RefusesAChangeToAWeekSavedBeforeTheMonthClosed()
    {
        const string period = "2030-11";
        var east = await fixture.ApiAsync(DemoUsers.Rep(2));
        using var saved = await east.PutWeekAsync(period, 1, ProgressApi.Week(100m, 1, 50m));
        var version = await ProgressApi.VersionOfAsync(saved);
        await ClosePlanAsync("EAST", Period.Parse(period));

        using var refused = await east.PutWeekAsync(period, 1, ProgressApi.Week(900m, 9, 50m, version));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadAsStringAsync()).ShouldContain("closed");
        await using var db = fixture.CreateDbContext();
        var rep = fixture.Ids.Rep(2);
        (await db.ProgressEntries.SingleAsync(e => e.RepId == rep && e.PeriodKey == 203011)).Figures.SalesAmount.ShouldBe(100m);
    }

    private async Task ClosePlanAsync(string regionCode, Period period)
    {
        var region = fixture.Ids.Region(regionCode);
        var manager = fixture.Ids.User(DemoUsers.ManagerEast);
        var director = fixture.Ids.User(DemoUsers.Director);
        var at = DateTimeOffset.UtcNow;
        var plan = MonthlyPlan.Start(region, period, manager, at);
        plan.SaveSection(new ReviewNarrative("a", "b", "c"), manager, at);
        plan.SaveSection(new TargetBasis("d"), manager, at);
        plan.SaveSection(new ForecastContent([.. period.Weeks().Select(w => new WeeklyForecast(w.Number, 1m, 1, 1m))], []), manager, at);
        plan.SaveSection(new TrackingContent([], [new KpiWeight("Sales", 100m)]), manager, at);
        plan.Submit(Ready, manager, at);
        plan.Approve(Ready, director, at, null);
        plan.Close(director, at);
        await using var db = fixture.CreateDbContext();
        db.MonthlyPlans.Add(plan);
        await db.SaveChangesAsync();
    }
}
