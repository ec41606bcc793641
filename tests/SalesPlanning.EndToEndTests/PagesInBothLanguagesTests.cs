using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>
/// The pages no other test captures in every language and width — the alerts, the own account, the password
/// form, the not-found and access-denied notices — in Chinese and English at 1280 and 390 px: each shows its
/// content, never scrolls sideways, logs no browser error (checked as the test ends), and is kept as a screenshot for people to look at:
/// test-output/screenshots/{page}-{zh-CN|en}-{1280|390}.png.
/// </summary>
public sealed partial class PagesInBothLanguagesTests(AppFixture fixture) : BrowserTest(fixture)
{
    private static readonly int[] Widths = [1280, 390];

    [Theory]
    [InlineData(DemoUsers.Director, "alerts", "alerts-director", "[data-testid=alerts]", "预警", "Alerts")]
    [InlineData(DemoUsers.ManagerEast, "alerts", "alerts-manager", "[data-testid=alerts]", "预警", "Alerts")]
    [InlineData(DemoUsers.Rep01, "account", "account", "[data-testid=account-email]", "我的账户", "My account")]
    [InlineData(DemoUsers.ManagerEast, "notifications", "notifications", "[data-testid=notifications-grid]", "通知", "Notifications")]
    [InlineData(DemoUsers.Rep01, "account/password", "password", "[data-testid=change-password]", "修改密码", "Change password")]
    [InlineData(DemoUsers.Rep01, "no/such/page", "not-found", "h1", "页面不存在", "Page not found")]
    [InlineData(DemoUsers.Rep01, "director", "access-denied", "h1", "无权访问", "Access denied")]
    public async Task The_page_shows_in_both_languages_at_desktop_and_phone_width(
        string user, string path, string name, string ready, string chineseHeading, string englishHeading)
    {
        if (name == "not-found")
        {
            ExpectBrowserErrors(NotFoundStatus()); // the browser logs the page's own 404, which is right
        }

        foreach (var locale in new[] { Chinese, English })
        {
            var page = await OpenPageAsync(locale);
            await SignInAsync(page, user);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                await page.GotoAsync(path);
                await Expect(page.Locator("h1")).ToContainTextAsync(locale == Chinese ? chineseHeading : englishHeading);
                await Expect(page.Locator(".sp-loading")).ToHaveCountAsync(0);
                await Expect(page.Locator(ready).First).ToBeVisibleAsync();

                var sideways = await WholePage.SidewaysScrollAsync(page);
                await WholePage.CaptureAsync(page, Screenshots.PathFor(name, locale, width));
                sideways.ShouldBeLessThanOrEqualTo(0, $"{name} ({Screenshots.LanguageOf(locale)}) at {width} px scrolls sideways by {sideways} px");
            }
        }
    }

    [GeneratedRegex(@"status of 404 \(Not Found\)")]
    private static partial Regex NotFoundStatus();
}
