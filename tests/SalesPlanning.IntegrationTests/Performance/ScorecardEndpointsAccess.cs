using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Performance;

/// <summary>
/// Who may read and write scorecards (DESIGN §8, issue 13), through /api/v1: a rep their own; a manager their
/// regions' reps, targets and manual scores; a director every scorecard and the company ranking; nobody signed
/// in nothing. Refusals store nothing.
/// </summary>
public class ScorecardEndpointsAccess(ScorecardAppFixture fixture) : IClassFixture<ScorecardAppFixture>
{
    private static string Month => ScorecardAppFixture.ThisMonth.ToString();

    [Theory]
    [InlineData(1, null, HttpStatusCode.OK)]
    [InlineData(1, 1, HttpStatusCode.OK)]
    [InlineData(1, 2, HttpStatusCode.Forbidden)]
    [InlineData(1, 5, HttpStatusCode.Forbidden)]
    public async Task LetsARepReadOnlyTheirOwnScorecard(int rep, int? other, HttpStatusCode expected)
    {
        var api = await fixture.ScorecardsAsAsync(DemoUsers.Rep(rep));
        var query = other is null ? "" : $"?repId={fixture.Ids.Rep(other.Value)}";

        using var response = await api.GetAsync($"scorecards/{Month}/rep{query}");

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GivesARepTheirMonthWithSixMonthsOfScores()
    {
        var api = await fixture.ScorecardsAsAsync(DemoUsers.Rep(2));

        var card = await api.ReadAsync<RepScorecardResponse>($"scorecards/{Month}/rep");

        card.Scorecard.RepId.ShouldBe(fixture.Ids.Rep(2));
        card.Scorecard.RegionCode.ShouldBe("EAST");
        card.Scorecard.Lines.Count.ShouldBe(11);
        card.Trend.Count.ShouldBe(6);
        card.Trend[^1].Period.ShouldBe(Month);
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast, 3, HttpStatusCode.OK)]
    [InlineData(DemoUsers.ManagerEast, 6, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.ManagerSouth, 3, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Director, 10, HttpStatusCode.OK)]
    public async Task LetsAManagerReadTheirRegionsRepsAndADirectorAnyone(string user, int rep, HttpStatusCode expected)
    {
        var api = await fixture.ScorecardsAsAsync(user);

        using var response = await api.GetAsync($"scorecards/{Month}/rep?repId={fixture.Ids.Rep(rep)}");

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast, "EAST", HttpStatusCode.OK)]
    [InlineData(DemoUsers.ManagerEast, "SOUTH", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Director, "NORTH", HttpStatusCode.OK)]
    [InlineData("rep01@demo.local", "EAST", HttpStatusCode.Forbidden)]
    public async Task ShowsATeamToItsManagerAndDirectorsOnly(string user, string region, HttpStatusCode expected)
    {
        var api = await fixture.ScorecardsAsAsync(user);

        using var response = await api.GetAsync($"scorecards/{Month}/regions/{fixture.Ids.Region(region)}");

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SortsATeamByScoreBestFirst()
    {
        var api = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);

        var team = await api.ReadAsync<TeamResponse>($"scorecards/{Month}/regions/{fixture.Ids.East}");

        team.Scorecards.Count.ShouldBe(4);
        team.CanEdit.ShouldBeTrue();
        var totals = team.Scorecards.Select(c => c.Total ?? decimal.MinValue).ToList();
        totals.ShouldBe(totals.OrderDescending().ToList());
    }

    [Theory]
    [InlineData(DemoUsers.Director, HttpStatusCode.OK)]
    [InlineData(DemoUsers.ManagerEast, HttpStatusCode.Forbidden)]
    [InlineData("rep01@demo.local", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Admin, HttpStatusCode.Forbidden)]
    public async Task ShowsTheCompanyRankingToDirectorsOnly(string user, HttpStatusCode expected)
    {
        var api = await fixture.ScorecardsAsAsync(user);

        using var response = await api.GetAsync($"scorecards/{Month}/ranking");

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RanksEveryRepOrOneRegionsReps()
    {
        var api = await fixture.ScorecardsAsAsync(DemoUsers.Director);

        var all = await api.ReadAsync<RankingResponse>($"scorecards/{Month}/ranking");
        var south = await api.ReadAsync<RankingResponse>($"scorecards/{Month}/ranking?regionId={fixture.Ids.South}");

        all.Ranking.Count.ShouldBe(12);
        all.Ranking[0].Rank.ShouldBe(1);
        south.Ranking.Select(r => r.Scorecard.RegionCode).Distinct().ShouldBe(["SOUTH"]);
        south.Ranking.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(DemoUsers.ManagerSouth)]
    [InlineData(DemoUsers.Director)]
    [InlineData("rep01@demo.local")]
    public async Task RefusesTargetsOfATeamFromAnyoneButItsManager(string user)
    {
        const string period = "2026-01";
        var api = await fixture.ScorecardsAsAsync(user);

        using var response = await api.PutTargetsAsync(period, fixture.Ids.East, [ScorecardApi.Targets(fixture.Ids.Rep(1), 5, 5, 5, 5, 1)], 0);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        (await fixture.QuerySqlAsync("SELECT count(*) FROM kpi_target_sheets WHERE period_key = 202601", r => r.GetInt64(0))).Single().ShouldBe(0);
    }

    [Theory]
    [InlineData(DemoUsers.ManagerSouth)]
    [InlineData(DemoUsers.Director)]
    [InlineData("rep01@demo.local")]
    public async Task RefusesManualScoresFromAnyoneButTheRepsManager(string user)
    {
        const string period = "2025-12";
        var api = await fixture.ScorecardsAsAsync(user);

        using var response = await api.PutManualAsync(period, fixture.Ids.Rep(1), 90m, 90m, "Good month.", 0);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        (await fixture.QuerySqlAsync("SELECT count(*) FROM rep_assessments WHERE period_key = 202512", r => r.GetInt64(0))).Single().ShouldBe(0);
    }

    [Fact]
    public async Task LetsTheRegionsManagerSetTargetsAndScoresAndAuditsThem()
    {
        const string period = "2025-11";
        var api = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);

        using var targets = await api.PutTargetsAsync(period, fixture.Ids.East, [ScorecardApi.Targets(fixture.Ids.Rep(1), 4, 20, null, 10, 2)], 0);
        using var manual = await api.PutManualAsync(period, fixture.Ids.Rep(1), 90m, 85.5m, "On time, every time.", 0);

        (await api.OkAsync<VersionResponse>(targets)).Version.ShouldNotBe(0u);
        (await api.OkAsync<VersionResponse>(manual)).Version.ShouldNotBe(0u);
        var card = (await api.ReadAsync<RepScorecardResponse>($"scorecards/{period}/rep?repId={fixture.Ids.Rep(1)}")).Scorecard;
        card.Line("NewCustomers").Target.ShouldBe(4m);
        card.Line("Calls").Target.ShouldBeNull();
        card.MissingTargets.ShouldBe(["Calls"]);
        card.Manual.RequestFollowUp.ShouldBe(85.5m);
        var audit = await fixture.QuerySqlAsync(
            "SELECT entity_type || ':' || field FROM audit_entries WHERE entity_type IN ('KpiTarget', 'RepAssessment') AND entity_key LIKE '2025-11/%' ORDER BY id",
            r => r.GetString(0));
        audit.ShouldBe(["KpiTarget:NewCustomers", "KpiTarget:Visits", "KpiTarget:Orders", "KpiTarget:LostCustomers",
            "RepAssessment:Conduct", "RepAssessment:RequestFollowUp", "RepAssessment:Comment"]);
    }

    [Fact]
    public async Task RefusesEveryoneWhoIsNotSignedIn()
    {
        using var response = await fixture.ScorecardsAnonymous.GetAsync($"scorecards/{Month}/rep");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
