using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Scorecards;

/// <summary>
/// Scorecards of the demo company's month (issue 13): a manager sets the team's KPI targets (a bad value told at
/// its field, "same for all") and a rep's two manual scores; the rep sees their scorecard; the director's ranking
/// shows the rep where the manager's team list does. Both languages, 1280 and 390 px, captured for people to look at.
/// </summary>
public sealed class ScorecardTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_manager_sets_team_targets_and_manual_scores_and_the_rep_and_director_see_the_result()
    {
        var manager = await SignedInPageAsync(DemoUsers.ManagerEast, English);
        await OpenScorecardsAsync(manager);
        var team = manager.GetByTestId("scorecards-ranking");
        await Expect(team.Locator("tbody tr")).ToHaveCountAsync(4);

        // Team targets: a bad value is told at its field and nothing is saved; "same for all" fills a column.
        await manager.GetByTestId("scorecards-targets-link").ClickAsync();
        await WaitForCircuitAsync(manager);
        await Expect(manager.GetByTestId("targets-grid")).ToBeVisibleAsync();
        await manager.GetByTestId("t0-Calls").FillAsync("2.5");
        await manager.GetByTestId("targets-save").ClickAsync();
        await Expect(manager.GetByTestId("t0-Calls-error")).ToContainTextAsync("whole number");
        await manager.GetByTestId("t0-Calls").FillAsync("abc");
        await manager.GetByTestId("targets-save").ClickAsync();
        await Expect(manager.GetByTestId("t0-Calls-error")).ToHaveTextAsync("Enter a number.");

        foreach (var (kpi, value) in new[] { ("NewCustomers", "4"), ("Visits", "18"), ("Calls", "50"), ("Orders", "10"), ("LostCustomers", "2") })
        {
            await manager.GetByTestId($"all-{kpi}").FillAsync(value);
        }

        await manager.GetByTestId("targets-same-for-all").ClickAsync();
        for (var i = 0; i < 4; i++)
        {
            await Expect(manager.GetByTestId($"t{i}-Visits")).ToHaveValueAsync("18");
        }

        await manager.GetByTestId("t0-Calls").FillAsync("60");

        await manager.GetByTestId("targets-save").ClickAsync();
        await Expect(Notification(manager, "Saved.")).ToBeVisibleAsync();
        await Expect(manager.GetByTestId("targets-missing")).ToHaveTextAsync("0 targets not set");
        await manager.ReloadAsync();
        await WaitForCircuitAsync(manager);
        await Expect(manager.GetByTestId("t3-Visits")).ToHaveValueAsync("18");
        await Expect(manager.GetByTestId("t0-Calls")).ToHaveValueAsync("60");
        await CaptureAsync(manager, "scorecard-targets", English);

        // The manager scores rep01 (赵磊): a score over 100 is refused at the field, 85.5 is kept.
        await OpenScorecardsAsync(manager);
        await manager.GetByTestId("scorecards-ranking").Locator("[data-testid=open-scorecard][data-rep='赵磊']").ClickAsync();
        await Expect(manager.GetByTestId("scorecard-title")).ToContainTextAsync("赵磊");
        await manager.GetByTestId("manual-conduct").FillAsync("120");
        await manager.GetByTestId("manual-follow-up").FillAsync("90");
        await manager.GetByTestId("manual-save").ClickAsync();
        await Expect(manager.GetByTestId("manual-scores")).ToContainTextAsync("from 0 to 100");
        await manager.GetByTestId("manual-conduct").FillAsync("85.5");
        await manager.GetByTestId("manual-comment").FillAsync("Reliable with key accounts.");
        await manager.GetByTestId("manual-save").ClickAsync();
        await Expect(Notification(manager, "Saved.")).ToBeVisibleAsync();
        await Expect(manager.GetByTestId("scorecard-comment")).ToHaveTextAsync("Reliable with key accounts.");
        await Expect(manager.GetByTestId("scorecard-lines").Locator("tr:has([data-kpi=Conduct]) [data-testid=points]")).Not.ToHaveTextAsync("—");
        var managersScore = await manager.GetByTestId("scorecard-total").TextContentAsync();
        await CaptureAsync(manager, "scorecards-manager", English);

        // The rep sees the same scorecard, in Chinese, with its trend.
        var rep = await SignedInPageAsync(DemoUsers.Rep01, Chinese);
        await OpenScorecardsAsync(rep);
        await Expect(rep.Locator("h1")).ToHaveTextAsync("绩效考核");
        await Expect(rep.GetByTestId("scorecard-total")).ToHaveTextAsync(managersScore!);
        await Expect(rep.GetByTestId("scorecard-comment")).ToHaveTextAsync("Reliable with key accounts.");
        await Expect(rep.GetByTestId("scorecard-trend")).ToBeVisibleAsync();
        await Expect(rep.GetByTestId("scorecards-ranking")).ToHaveCountAsync(0);
        await CaptureAsync(rep, "scorecards-rep", Chinese);

        // The director's company ranking shows rep01 with the same score, at a place no worse than better scores allow.
        var director = await SignedInPageAsync(DemoUsers.Director, English);
        await OpenScorecardsAsync(director);
        var ranking = director.GetByTestId("scorecards-ranking");
        await Expect(ranking.Locator("tbody tr")).ToHaveCountAsync(12);
        var row = ranking.Locator("tbody tr").Filter(new() { Has = director.Locator("[data-rep='赵磊']") });
        await Expect(row.GetByTestId("score")).ToHaveTextAsync(managersScore!);
        var scores = (await ranking.GetByTestId("score").AllTextContentsAsync()).Select(Score).ToList();
        var rank = int.Parse(await row.GetByTestId("rank").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        rank.ShouldBe(scores.Count(s => s > Score(managersScore!)) + 1);
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        await CaptureAsync(director, "scorecards-director", English);
    }

    [Fact]
    public async Task Each_scorecards_page_shows_in_the_other_language_too()
    {
        var manager = await SignedInPageAsync(DemoUsers.ManagerEast, Chinese);
        await OpenScorecardsAsync(manager);
        await Expect(manager.Locator("h1")).ToHaveTextAsync("绩效考核");
        await Expect(manager.GetByTestId("scorecards-ranking").Locator("thead")).ToContainTextAsync("得分");
        await Expect(manager.GetByTestId("manual-scores")).ToContainTextAsync("行为纪律");
        await CaptureAsync(manager, "scorecards-manager", Chinese);
        await manager.GetByTestId("scorecards-targets-link").ClickAsync();
        await WaitForCircuitAsync(manager);
        await Expect(manager.Locator("h1")).ToContainTextAsync("团队考核目标");
        await Expect(manager.GetByTestId("targets-grid").Locator("thead")).ToContainTextAsync("新客户开发数量");
        await CaptureAsync(manager, "scorecard-targets", Chinese);

        var rep = await SignedInPageAsync(DemoUsers.Rep01, English);
        await OpenScorecardsAsync(rep);
        await Expect(rep.GetByTestId("scorecard-title")).ToContainTextAsync("Scorecard of 赵磊");
        await CaptureAsync(rep, "scorecards-rep", English);

        var director = await SignedInPageAsync(DemoUsers.Director, Chinese);
        await OpenScorecardsAsync(director);
        await Expect(director.Locator("h2").First).ToHaveTextAsync("公司排名");
        await CaptureAsync(director, "scorecards-director", Chinese);
    }

    private static decimal Score(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : -1m;

    private static async Task OpenScorecardsAsync(IPage page)
    {
        await page.GotoAsync("scorecards");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("scorecard")).ToBeVisibleAsync();
    }
}
