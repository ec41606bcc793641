using System.Globalization;
using SalesPlanning.EndToEndTests.Infrastructure;
using SalesPlanning.EndToEndTests.Targets;

namespace SalesPlanning.EndToEndTests.Progress;

/// <summary>
/// "My weeks" (周进度): a rep enters a week with the keyboard alone — the current week's first field
/// has the focus, Tab and Enter move on, Ctrl+S saves — and sees the month's achievement change.
/// The rep's target of the current month (10,000.00 sales amount) is set through the API first.
/// </summary>
public sealed class MyWeeksTests(AppFixture fixture) : TargetsTest(fixture)
{
    private static string CurrentPeriod => DateTime.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_rep_enters_a_week_with_the_keyboard_alone_and_sees_achievement_change()
    {
        await GiveRep01ATargetAsync(CurrentPeriod, 10_000m);
        var page = await SignedInPageAsync(DemoUsers.Rep01);
        // A link clicked before the home page's circuit is live lands on /progress with the home page's content.
        await WaitForHomeAsync(page, RoleHome.Rep, English);
        await page.GetByRole(AriaRole.Link, new() { Name = "My weeks" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlOf("/progress"));
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("target-SalesAmount")).ToHaveTextAsync("10,000.00");
        await Expect(page.GetByTestId("achievement-SalesAmount")).ToHaveTextAsync("0.0%");

        var current = page.Locator("table.sp-weeks tr[data-current=true]");
        var amount = current.Locator("input[data-testid$='-SalesAmount']");
        await Expect(amount).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("2500");
        await page.Keyboard.PressAsync("Tab");
        await Expect(current.Locator("input[data-testid$='-SalesVolume']")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("5");
        await page.Keyboard.PressAsync("Enter");
        await Expect(current.Locator("input[data-testid$='-Collections']")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("2000");
        await page.Keyboard.PressAsync("Enter");
        // The older receivables' parts of the collections: left empty, all of it is recent.
        await Expect(current.Locator("input[data-testid$='-Collections3To6Months']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await Expect(current.Locator("input[data-testid$='-Orders']")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("3");
        await page.Keyboard.PressAsync("Control+s");

        await Expect(page.GetByTestId("progress-status")).ToContainTextAsync("Last saved at");
        await Expect(page.GetByTestId("actual-SalesAmount")).ToHaveTextAsync("2,500.00");
        await Expect(page.GetByTestId("achievement-SalesAmount")).ToHaveTextAsync("25.0%");
        await Expect(amount).ToHaveValueAsync("2500.00");

        // The entry is stored: a fresh load shows it.
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Expect(page.Locator("table.sp-weeks tr[data-current=true] input[data-testid$='-Orders']")).ToHaveValueAsync("3");
        BrowserErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bad_number_gets_a_message_at_its_field_and_nothing_is_saved()
    {
        var page = await SignedInPageAsync(DemoUsers.Rep01);
        await page.GotoAsync("progress?period=2031-05");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("period")).ToHaveTextAsync("2031-05");

        await page.GetByTestId("w1-SalesAmount").FillAsync("12,5x");
        await page.GetByTestId("w1-Orders").FillAsync("-2");
        await page.GetByTestId("progress-save").ClickAsync();

        await Expect(page.GetByTestId("w1-SalesAmount-error")).ToHaveTextAsync("Enter a number.");
        await page.GetByTestId("w1-SalesAmount").FillAsync("100");
        await page.GetByTestId("progress-save").ClickAsync();
        await Expect(page.GetByTestId("w1-Orders-error")).ToHaveTextAsync("Cannot be negative.");
        await Expect(page.GetByTestId("progress-status")).Not.ToContainTextAsync("Last saved");
    }

    [Theory]
    [InlineData(Chinese, 1280)]
    [InlineData(English, 1280)]
    [InlineData(Chinese, 390)]
    [InlineData(English, 390)]
    public async Task The_page_is_captured_for_people_to_look_at(string locale, int width)
    {
        var page = await SignedInPageAsync(DemoUsers.Rep01, locale, width);
        await page.GotoAsync("progress?period=2031-06");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(locale == Chinese ? "周进度" : "My weeks");
        await page.GetByTestId("w2-split").ClickAsync();
        await Expect(page.GetByTestId("w2-split-row")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("progress", locale, width), FullPage = true });
    }

    [Theory]
    [InlineData(Chinese)]
    [InlineData(English)]
    public async Task The_history_import_page_shows_problems_by_line(string locale)
    {
        var page = await SignedInPageAsync(DemoUsers.Admin, locale);
        await WaitForHomeAsync(page, RoleHome.Admin, locale);
        await MenuItem(page, locale == Chinese ? "历史数据导入" : "History import").ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlOf("/admin/history-import"));
        await WaitForCircuitAsync(page);

        await page.GetByTestId("import-text").FillAsync(
            "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections\n"
            + "2031-01,rep01@demo.local,EAST,AC-100,100.00,1,90.00\n"
            + "2031-01,rep01@demo.local,EAST,NOPE,100.00,1,90.00\n");
        await page.GetByTestId("import-preview").ClickAsync();

        await Expect(page.GetByTestId("import-blocked")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-errors").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("import-errors").Locator("tbody tr td").First).ToHaveTextAsync("3");
        await Expect(page.GetByTestId("import-run")).ToBeDisabledAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("history-import", locale, 1280), FullPage = true });
    }
}
