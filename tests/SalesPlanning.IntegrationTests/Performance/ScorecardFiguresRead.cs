using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Performance;

/// <summary>
/// The actuals of a scorecard are the actuals everyone else reads (ActualsQuery: imported history plus weekly
/// entries), checked against SQL for a month of the demo company's history to which reps add weeks; weights
/// come from the company defaults without an approved plan and from the plan's KPI weights with one.
/// </summary>
public class ScorecardFiguresRead(ScorecardAppFixture fixture) : IClassFixture<ScorecardAppFixture>
{
    [Fact]
    public async Task ReadsEveryRepsActualsAsSqlSumsThem()
    {
        // Last month has imported history; three reps add weekly entries on top of it.
        var month = ScorecardAppFixture.ThisMonth.Previous();
        for (var rep = 1; rep <= 3; rep++)
        {
            var progress = await fixture.ProgressAsAsync(DemoUsers.Rep(rep));
            for (var week = 1; week <= rep; week++)
            {
                using var saved = await progress.PutWeekAsync(month.ToString(), week, ProgressApi.Week(1_000m * rep, 3, 800m, orders: week + rep));
                saved.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            }
        }

        var api = await fixture.ScorecardsAsAsync(DemoUsers.Director);

        var ranking = await api.ReadAsync<RankingResponse>($"scorecards/{month}/ranking");

        var expected = await fixture.QuerySqlAsync(
            """
            SELECT u.id,
                   coalesce((SELECT sum(a.sales_amount) FROM monthly_actuals a WHERE a.rep_id = u.id AND a.period_key = @p0), 0)
                 + coalesce((SELECT sum(e.sales_amount) FROM progress_entries e WHERE e.rep_id = u.id AND e.period_key = @p0), 0),
                   coalesce((SELECT sum(a.collections) FROM monthly_actuals a WHERE a.rep_id = u.id AND a.period_key = @p0), 0)
                 + coalesce((SELECT sum(e.collections) FROM progress_entries e WHERE e.rep_id = u.id AND e.period_key = @p0), 0),
                   coalesce((SELECT sum(a.sales_amount) FROM monthly_actuals a WHERE a.rep_id = u.id AND a.period_key = @p1), 0)
                 + coalesce((SELECT sum(e.sales_amount) FROM progress_entries e WHERE e.rep_id = u.id AND e.period_key = @p1), 0),
                   coalesce(sum(e.orders), 0), coalesce(sum(e.new_customers), 0), coalesce(sum(e.existing_customer_visits), 0),
                   coalesce(sum(e.calls), 0), coalesce(sum(e.lost_customers), 0), count(e.id)
            FROM users u
            JOIN region_memberships m ON m.user_id = u.id AND m.role = 'Rep'
            LEFT JOIN progress_entries e ON e.rep_id = u.id AND e.period_key = @p0
            GROUP BY u.id
            """,
            r => new
            {
                RepId = r.GetGuid(0), Sales = r.GetDecimal(1), Collections = r.GetDecimal(2), LastMonth = r.GetDecimal(3),
                Orders = r.GetInt64(4), New = r.GetInt64(5), Visits = r.GetInt64(6), Calls = r.GetInt64(7), Lost = r.GetInt64(8), Weeks = r.GetInt64(9),
            },
            month.Key, month.Previous().Key);

        expected.Count.ShouldBe(12);
        expected.Sum(e => e.Weeks).ShouldBe(6);
        expected.Sum(e => e.Orders).ShouldBe(2 + 3 + 4 + 4 + 5 + 6);
        ranking.Ranking.Count.ShouldBe(12);
        foreach (var row in expected)
        {
            var card = ranking.Ranking.Single(r => r.Scorecard.RepId == row.RepId).Scorecard;
            card.Line("SalesAmount").Actual.ShouldBe(row.Sales);
            card.Line("Collections").Actual.ShouldBe(row.Collections);
            card.Line("Growth").Target.ShouldBe(row.LastMonth);
            card.Line("Growth").Actual.ShouldBe(row.Sales);
            card.Line("Orders").Actual.ShouldBe(row.Orders);
            card.Line("NewCustomers").Actual.ShouldBe(row.New);
            card.Line("Visits").Actual.ShouldBe(row.Visits);
            card.Line("Calls").Actual.ShouldBe(row.Calls);
            card.Line("LostCustomers").Actual.ShouldBe(row.Lost);
            // Every week of last month has begun; weeks entered now, after their Monday, are late.
            card.Line("WeeklyReports").Target.ShouldBe(month.Weeks().Count);
            card.Line("WeeklyReports").Actual.ShouldBe(0m);
        }
    }

    [Fact]
    public async Task TakesTheApprovedPlansKpiWeightsAndLeavesOutWhatHasNoTarget()
    {
        // EAST's approved plan weighs "Sales amount" 60 and "Collections" 40; every EAST rep has both targets.
        const string period = "2026-04";
        await fixture.ApprovedPlanAsync(period);
        var api = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);

        var team = await api.ReadAsync<TeamResponse>($"scorecards/{period}/regions/{fixture.Ids.East}");

        team.Frozen.ShouldBeFalse();
        team.Scorecards.Count.ShouldBe(4);
        foreach (var card in team.Scorecards)
        {
            card.WeightsFrom.ShouldBe("Plan");
            card.Lines.Where(l => l.Weight > 0).Select(l => (l.Kpi, l.Weight)).ShouldBe([("SalesAmount", 60m), ("Collections", 40m)]);
            card.Line("SalesAmount").Target.ShouldBe(320_000m);
            card.MissingTargets.ShouldBe(["NewCustomers", "Visits", "Calls", "Orders", "LostCustomers"]);
            card.LeftOut.ShouldBeEmpty();
            card.WeightsScaled.ShouldBeFalse();
            card.Total.ShouldBe(card.Lines.Sum(l => l.Points));
            card.Line("SalesAmount").Points.ShouldBe(decimal.Round(60m * Math.Min(card.Line("SalesAmount").Achievement!.Value, 1.2m), 2, MidpointRounding.AwayFromZero));
        }

        // The rep view reads the same scorecard.
        var own = await api.ReadAsync<RepScorecardResponse>($"scorecards/{period}/rep?repId={fixture.Ids.Rep(1)}");
        own.Scorecard.Total.ShouldBe(team.Scorecards.Single(c => c.RepId == fixture.Ids.Rep(1)).Total);
    }

    [Fact]
    public async Task TakesTheCompanysDefaultWeightsWithoutAnApprovedPlan()
    {
        var api = await fixture.ScorecardsAsAsync(DemoUsers.ManagerNorth);

        var team = await api.ReadAsync<TeamResponse>($"scorecards/{ScorecardAppFixture.ThisMonth}/regions/{fixture.Ids.North}");

        team.Scorecards.ShouldAllBe(c => c.WeightsFrom == "Company");
        team.Scorecards[0].Lines.Sum(l => l.Weight).ShouldBe(100m);
        team.Scorecards[0].Line("SalesAmount").Weight.ShouldBe(30m);
    }

    [Fact]
    public async Task CountsAWeekReportedBeforeItsDeadlineAsOnTime()
    {
        var month = ScorecardAppFixture.ThisMonth;
        var today = DateOnly.FromDateTime(DateTime.Now);
        var week = month.WeekOf(today).Number;
        var progress = await fixture.ProgressAsAsync(DemoUsers.Rep(9));
        using var saved = await progress.PutWeekAsync(month.ToString(), week, ProgressApi.Week(500m, 1, 400m));
        saved.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var api = await fixture.ScorecardsAsAsync(DemoUsers.Rep(9));

        var card = (await api.ReadAsync<RepScorecardResponse>($"scorecards/{month}/rep")).Scorecard;

        card.Line("WeeklyReports").Target.ShouldBe(week);
        card.Line("WeeklyReports").Actual.ShouldBe(1m);
        card.Line("WeeklyReports").Achievement.ShouldBe(1m / week);
    }
}
