using System.Net;
using DocumentFormat.OpenXml.Packaging;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Performance;

/// <summary>
/// Bad input to scorecards gets a message by field in the caller's language and nothing is saved; two saves of a
/// team's targets from the same read — the second is a conflict; the month exports as a workbook.
/// </summary>
public class ScorecardSaveRules(ScorecardAppFixture fixture) : IClassFixture<ScorecardAppFixture>
{
    [Theory]
    [InlineData("en", "whole number")]
    [InlineData("zh-CN", "整数")]
    public async Task RefusesTargetsThatAreNotWholeNumbersAtLeastZero(string language, string words)
    {
        var period = language == "en" ? "2025-06" : "2025-07";
        var manager = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);

        using var response = await manager.PutTargetsAsync(period, fixture.Ids.East,
            [ScorecardApi.Targets(fixture.Ids.Rep(1), 2.5m, -1m, 3m, 4m, 0m)], 0, language);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe(["Reps[0].NewCustomers", "Reps[0].Visits"], ignoreOrder: true);
        problem.Errors["Reps[0].NewCustomers"].Single().ShouldContain(words);
        (await fixture.QuerySqlAsync("SELECT count(*) FROM kpi_target_sheets WHERE period_key IN (202506, 202507)", r => r.GetInt64(0))).Single().ShouldBe(0);
    }

    [Fact]
    public async Task RefusesAScoreOutsideZeroToHundredOrWithTwoDecimalsAndALongComment()
    {
        var manager = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);

        using var response = await manager.PutManualAsync("2025-08", fixture.Ids.Rep(2), 100.5m, 80.25m, new string('很', 1001), 0, "zh-CN");

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe(["Conduct", "RequestFollowUp", "Comment"], ignoreOrder: true);
        problem.Errors["Conduct"].Single().ShouldContain("一位小数");
        (await fixture.QuerySqlAsync("SELECT count(*) FROM rep_assessments WHERE period_key = 202508", r => r.GetInt64(0))).Single().ShouldBe(0);
    }

    [Fact]
    public async Task RefusesARepOfAnotherTeam()
    {
        var manager = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);

        using var response = await manager.PutTargetsAsync("2025-09", fixture.Ids.East, [ScorecardApi.Targets(fixture.Ids.Rep(5), 1, 1, 1, 1, 1)], 0);

        (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull().Keys.ShouldBe(["Reps[0].RepId"]);
    }

    [Fact]
    public async Task RefusesTheSecondOfTwoSavesOfATeamsTargetsFromTheSameRead()
    {
        const string period = "2025-10";
        var first = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);
        var second = await fixture.NewScorecardSessionAsync(DemoUsers.ManagerEast);
        var read = await second.ReadAsync<KpiTargetsResponse>($"scorecards/{period}/regions/{fixture.Ids.East}/targets");
        read.Version.ShouldBe(0u);
        read.Reps.ShouldAllBe(r => r.Missing.Count == 5);

        var saved = await first.OkAsync<VersionResponse>(await first.PutTargetsAsync(period, fixture.Ids.East,
            [ScorecardApi.Targets(fixture.Ids.Rep(1), 4, 20, 40, 10, 2)], read.Version));
        using var refused = await second.PutTargetsAsync(period, fixture.Ids.East, [ScorecardApi.Targets(fixture.Ids.Rep(1), 9, 9, 9, 9, 9)], read.Version);

        (await TargetsApi.ProblemAsync(refused, HttpStatusCode.Conflict)).Detail.ShouldNotBeNull().ShouldContain("changed");
        var stored = await first.ReadAsync<KpiTargetsResponse>($"scorecards/{period}/regions/{fixture.Ids.East}/targets");
        stored.Version.ShouldBe(saved.Version);
        stored.Reps.Single(r => r.RepId == fixture.Ids.Rep(1)).Targets.NewCustomers.ShouldBe(4);

        // Re-applied on the new version, the second save goes through.
        await second.OkAsync<VersionResponse>(await second.PutTargetsAsync(period, fixture.Ids.East,
            [ScorecardApi.Targets(fixture.Ids.Rep(1), 9, 9, 9, 9, 9)], stored.Version));
    }

    [Fact]
    public async Task ExportsTheMonthsScorecardsAsAWorkbook()
    {
        var director = await fixture.ScorecardsAsAsync(DemoUsers.Director);

        using var response = await director.GetAsync($"scorecards/{ScorecardAppFixture.ThisMonth}/export.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        document.WorkbookPart!.Workbook.Sheets!.ChildElements.Count.ShouldBe(2);
        var lines = document.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count()).Max();
        lines.ShouldBeGreaterThan(12 * 11);
    }

    [Fact]
    public async Task ExportsATeamToItsManagerOnly()
    {
        var east = await fixture.ScorecardsAsAsync(DemoUsers.ManagerEast);
        var south = await fixture.ScorecardsAsAsync(DemoUsers.ManagerSouth);

        using var own = await east.GetAsync($"scorecards/{ScorecardAppFixture.ThisMonth}/export.xlsx?regionId={fixture.Ids.East}");
        using var other = await south.GetAsync($"scorecards/{ScorecardAppFixture.ThisMonth}/export.xlsx?regionId={fixture.Ids.East}");

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task LetsAnAdminSetTheCompanysDefaultWeightsThatMonthsWithoutAPlanUse()
    {
        var admin = await fixture.ScorecardsAsAsync(DemoUsers.Admin);
        var manager = await fixture.ScorecardsAsAsync(DemoUsers.ManagerNorth);
        var current = await admin.ReadAsync<KpiWeightsResponse>("settings/kpi-weights");
        current.BuiltIn.ShouldBeTrue();
        current.Weights.Sum(w => w.Weight).ShouldBe(100m);

        using var bad = await admin.SendAsync(HttpMethod.Put, "settings/kpi-weights",
            new { weights = new[] { new { kpi = "SalesAmount", weight = 70m } }, version = current.Version });
        using var refused = await manager.SendAsync(HttpMethod.Put, "settings/kpi-weights",
            new { weights = new[] { new { kpi = "SalesAmount", weight = 100m } }, version = current.Version });
        using var saved = await admin.SendAsync(HttpMethod.Put, "settings/kpi-weights",
            new { weights = new[] { new { kpi = "SalesAmount", weight = 70m }, new { kpi = "Orders", weight = 30m } }, version = current.Version });

        (await TargetsApi.ProblemAsync(bad, HttpStatusCode.BadRequest)).Messages().ShouldContain(m => m.Contains("100%", StringComparison.Ordinal));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await admin.OkAsync<VersionResponse>(saved);
        var team = await manager.ReadAsync<TeamResponse>($"scorecards/2025-05/regions/{fixture.Ids.North}");
        team.Scorecards.ShouldAllBe(c => c.WeightsFrom == "Company");
        team.Scorecards[0].Lines.Where(l => l.Weight > 0).Select(l => (l.Kpi, l.Weight)).ShouldBe([("SalesAmount", 70m), ("Orders", 30m)]);
        (await fixture.QuerySqlAsync("SELECT count(*) FROM audit_entries WHERE entity_type = 'CompanySettings' AND field = 'KpiWeights'", r => r.GetInt64(0)))
            .Single().ShouldBe(1);
    }
}
