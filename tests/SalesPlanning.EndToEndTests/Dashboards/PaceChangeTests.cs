using System.Globalization;
using SalesPlanning.EndToEndTests.Infrastructure;
using SalesPlanning.EndToEndTests.Targets;

namespace SalesPlanning.EndToEndTests.Dashboards;

/// <summary>
/// One week entered changes every dashboard that reads it: rep01 (target 10,000.00 this month) is
/// behind pace on the manager's team table with no entry yet; rep01 enters 10,000.00 for the current
/// week with the keyboard; the manager's team table then shows rep01 on pace with today's entry date,
/// the rep's month-to-date line reaches the amount, and the director drills down from the company to
/// rep01 and sees 100.0%.
/// </summary>
public sealed class PaceChangeTests(AppFixture fixture) : TargetsTest(fixture)
{
    private static string CurrentPeriod => DateTime.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_manager_sees_a_rep_move_from_behind_pace_to_on_pace_and_the_director_drills_down_to_them()
    {
        await GiveRep01ATargetAsync(CurrentPeriod, 10_000m);

        var manager = await SignedInPageAsync(DemoUsers.ManagerEast);
        await WaitForHomeAsync(manager, RoleHome.Manager, English);
        var rep01Row = manager.GetByTestId("team-table-EAST").Locator($"tbody tr:has([data-member='{DemoUsers.Rep01}'])");
        await Expect(rep01Row.GetByTestId("pace")).ToHaveAttributeAsync("data-pace", "behind");
        await Expect(rep01Row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sp-behind"));
        await Expect(rep01Row.GetByTestId("last-entry")).ToHaveTextAsync("None yet");

        var rep = await SignedInPageAsync(DemoUsers.Rep01);
        await WaitForHomeAsync(rep, RoleHome.Rep, English);
        await rep.GetByRole(AriaRole.Link, new() { Name = "My weeks" }).ClickAsync();
        await WaitForCircuitAsync(rep);
        var amount = rep.Locator("table.sp-weeks tr[data-current=true] input[data-testid$='-SalesAmount']");
        await Expect(amount).ToBeFocusedAsync();
        await rep.Keyboard.TypeAsync("10000");
        await rep.Keyboard.PressAsync("Control+s");
        await Expect(rep.GetByTestId("progress-status")).ToContainTextAsync("Last saved at");
        await Expect(rep.GetByTestId("achievement-SalesAmount")).ToHaveTextAsync("100.0%");

        await rep.GetByRole(AriaRole.Link, new() { Name = "My page" }).ClickAsync();
        await WaitForHomeAsync(rep, RoleHome.Rep, English);
        await Expect(rep.GetByTestId("my-month-to-date")).ToHaveAttributeAsync("data-actual", "10000.00");
        // Two lines: the target prorated by days and the actual to date, each named in the legend.
        var monthToDate = rep.GetByTestId("my-month-to-date");
        await Expect(monthToDate).ToHaveAttributeAsync("data-series", "2");
        await Expect(monthToDate).ToContainTextAsync("Target to date");
        await Expect(monthToDate).ToContainTextAsync("Actual to date");
        await rep.ScreenshotAsync(new() { Path = Screenshots.PathFor("dashboard-rep-month-to-date", English, 1280), FullPage = true });

        // The manager's page, open all along, shows the save without a reload (issue 15: live figures).
        await Expect(rep01Row.GetByTestId("pace")).ToHaveAttributeAsync("data-pace", "on");
        await Expect(rep01Row).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sp-behind"));
        await Expect(rep01Row.GetByTestId("achievement")).ToHaveTextAsync("100.0%");
        await Expect(rep01Row.GetByTestId("last-entry")).ToHaveTextAsync(DateTime.Now.ToString("d", CultureInfo.GetCultureInfo("en")));
        await manager.ScreenshotAsync(new() { Path = Screenshots.PathFor("dashboard-manager-on-pace", English, 1280), FullPage = true });

        var director = await SignedInPageAsync(DemoUsers.Director);
        await WaitForHomeAsync(director, RoleHome.Director, English);
        await director.GetByTestId("drill-children").Locator("tbody tr:has([data-member=EAST])").GetByTestId("open-row").ClickAsync();
        await director.GetByTestId("drill-children").Locator($"tbody tr:has([data-member='{DemoUsers.Rep01}'])").GetByTestId("open-row").ClickAsync();
        await Expect(director.GetByTestId("drill-current")).ToHaveTextAsync("赵磊");
        await Expect(director.GetByTestId("drill-achievement").GetByTestId("metric-SalesAmount").GetByTestId("achievement")).ToHaveTextAsync("100.0%");
        BrowserErrors.ShouldBeEmpty();
    }
}
