using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Performance;

/// <summary>
/// A region's scorecards freeze when its month-end review is signed off (issue 13): stored in the sign-off's
/// transaction with the weights and targets used, audited, read from then on instead of the live figures,
/// and the month's targets and manual scores become read-only.
/// </summary>
public class ScorecardFreezeOnSignOff(ScorecardAppFixture fixture) : IClassFixture<ScorecardAppFixture>
{
    [Fact]
    public async Task StoresTheLiveScorecardsAtSignOffAndKeepsThemWhenFiguresChange()
    {
        const string period = "2026-02";
        var planId = await fixture.SubmittedReviewAsync(period);
        var manager = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);
        (await manager.OkAsync<VersionResponse>(await manager.PutTargetsAsync(period, fixture.Ids.East,
            [.. Enumerable.Range(1, 4).Select(i => ScorecardApi.Targets(fixture.Ids.Rep(i), 3, 20, 40, 8, 2))], 0))).Version.ShouldNotBe(0u);
        await manager.OkAsync<VersionResponse>(await manager.PutManualAsync(period, fixture.Ids.Rep(1), 95m, 88.5m, "Steady.", 0));
        var live = await manager.ReadAsync<TeamResponse>($"scorecards/{period}/regions/{fixture.Ids.East}");
        live.Frozen.ShouldBeFalse();
        live.Scorecards.ShouldAllBe(c => !c.Frozen && c.WeightsFrom == "Plan");

        await (await fixture.MonthEndAsAsync(DemoUsers.Director)).StepAsync(planId, "sign-off");

        (await fixture.QuerySqlAsync("SELECT count(*) FROM frozen_scorecards WHERE period_key = 202602 AND region_id = @p0", r => r.GetInt64(0), fixture.Ids.East))
            .Single().ShouldBe(4);
        (await fixture.QuerySqlAsync(
            "SELECT count(*) FROM audit_entries WHERE entity_type = 'FrozenScorecard' AND action = 'Frozen' AND entity_key LIKE '2026-02/EAST/%'", r => r.GetInt64(0)))
            .Single().ShouldBe(4);
        var frozen = await manager.ReadAsync<TeamResponse>($"scorecards/{period}/regions/{fixture.Ids.East}");
        frozen.Frozen.ShouldBeTrue();
        frozen.CanEdit.ShouldBeFalse();
        Shape(frozen).ShouldBe(Shape(live));

        // A late correction of the month's actuals changes the live figures, never the frozen scorecards.
        (await fixture.ExecuteSqlAsync("UPDATE monthly_actuals SET sales_amount = sales_amount + 1000 WHERE period_key = 202602 AND rep_id = @p0",
            fixture.Ids.Rep(1))).ShouldBeGreaterThan(0);
        Shape(await manager.ReadAsync<TeamResponse>($"scorecards/{period}/regions/{fixture.Ids.East}")).ShouldBe(Shape(live));
    }

    [Fact]
    public async Task RefusesTargetsAndManualScoresOfAFrozenMonth()
    {
        const string period = "2026-03";
        var planId = await fixture.SubmittedReviewAsync(period);
        await (await fixture.MonthEndAsAsync(DemoUsers.Director)).StepAsync(planId, "sign-off");
        var manager = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);

        using var targets = await manager.PutTargetsAsync(period, fixture.Ids.East, [ScorecardApi.Targets(fixture.Ids.Rep(1), 1, 1, 1, 1, 1)], 0);
        using var manual = await manager.PutManualAsync(period, fixture.Ids.Rep(2), 50m, 50m, null, 0);

        (await TargetsApi.ProblemAsync(targets, HttpStatusCode.BadRequest)).Messages().ShouldContain(m => m.Contains("frozen", StringComparison.Ordinal));
        (await TargetsApi.ProblemAsync(manual, HttpStatusCode.BadRequest)).Messages().ShouldContain(m => m.Contains("frozen", StringComparison.Ordinal));
        (await fixture.QuerySqlAsync("SELECT count(*) FROM kpi_target_sheets WHERE period_key = 202603", r => r.GetInt64(0))).Single().ShouldBe(0);
        (await fixture.QuerySqlAsync("SELECT count(*) FROM rep_assessments WHERE period_key = 202603", r => r.GetInt64(0))).Single().ShouldBe(0);
    }

    private static List<string> Shape(TeamResponse team) =>
        [.. team.Scorecards.OrderBy(c => c.RepId).SelectMany(c =>
            c.Lines.Select(l => $"{c.RepId} {l.Kpi} {l.Target} {l.Actual} {l.Achievement} {l.Weight} {l.AppliedWeight} {l.Points} {l.LeftOut}")
                .Append($"{c.RepId} total {c.Total} {c.WeightsScaled} {string.Join(",", c.LeftOut)} {c.Manual.Conduct}"))];
}
