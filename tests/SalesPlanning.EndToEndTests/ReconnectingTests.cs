using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>
/// The server restarts under an open page: the page says so while it is down, then tells the user
/// to reload (nothing reloads by itself, so nothing typed is lost unseen), and works after the reload.
/// </summary>
public sealed partial class ReconnectingTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(English, 1280)]
    [InlineData(Chinese, 390)]
    public async Task After_a_server_restart_the_page_says_what_happened_and_works_again_after_a_reload(string locale, int width)
    {
        // Blazor logs the lost WebSocket and the refused reconnection as console errors.
        ExpectBrowserErrors(BlazorConnectionErrors());
        var zh = locale == Chinese;
        var page = await OpenPageAsync(locale, width);
        await SignInAsync(page, DemoUsers.Director);
        await WaitForHomeAsync(page, RoleHome.Director, locale);
        await page.GotoAsync("audit");
        await WaitForCircuitAsync(page);
        var who = page.GetByTestId("audit-who");
        await who.FillAsync("typed before the restart");

        await Fixture.StopAppAsync();
        var dialog = page.GetByTestId("reconnect");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync(zh ? "与服务器的连接已断开" : "Connection to the server lost", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("reconnect-trying", locale, width) });

        Fixture.StartAppAgain();
        await Expect(page.GetByTestId("reconnect-rejected")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("reconnect-rejected")).ToContainTextAsync(zh ? "请重新加载页面" : "Reload the page to continue");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("reconnect-rejected", locale, width) });
        await Expect(who).ToHaveValueAsync("typed before the restart");

        await page.GetByTestId("reconnect-reload").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("audit-who")).ToHaveValueAsync("");
        // The new circuit answers: the period stepper of the targets page moves the month.
        await page.GotoAsync("targets");
        await WaitForCircuitAsync(page);
        var month = await page.GetByTestId("period").TextContentAsync();
        await page.GetByTestId("period-next").ClickAsync();
        await Expect(page.GetByTestId("period")).Not.ToHaveTextAsync(month!);
    }

    [GeneratedRegex("WebSocket|Connection disconnected|negotiation|Failed to start the connection|Invalid circuit|circuit|ERR_CONNECTION_REFUSED|Failed to load resource", RegexOptions.IgnoreCase)]
    private static partial Regex BlazorConnectionErrors();
}
