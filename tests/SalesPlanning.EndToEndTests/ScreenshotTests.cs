using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>
/// Full-page screenshots of the sign-in page and each role's home, in Chinese and English, at a
/// desktop (1280 px) and a phone (390 px) width, for people to look at:
/// test-output/screenshots/{page}-{zh-CN|en}-{1280|390}.png.
/// </summary>
public sealed class ScreenshotTests(AppFixture fixture) : BrowserTest(fixture)
{
    private static readonly int[] Widths = [1280, 390];
    private const int Height = 800;

    [Fact]
    public async Task The_sign_in_page_is_captured_in_both_languages_at_desktop_and_phone_width()
    {
        var page = await OpenPageAsync(Chinese);
        await page.GotoAsync("account/login");
        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("登录");
        await CaptureAtEachWidthAsync(page, "sign-in", Chinese, () => Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("登录"));

        await page.GetByTestId("lang-en").ClickAsync();
        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in");
        await CaptureAtEachWidthAsync(page, "sign-in", English, () => Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in"));
    }

    [Theory]
    [InlineData("director")]
    [InlineData("manager")]
    [InlineData("rep")]
    [InlineData("admin")]
    public async Task A_role_home_is_captured_in_both_languages_at_desktop_and_phone_width(string role)
    {
        var home = RoleHome.Named(role);
        var page = await OpenPageAsync(Chinese);
        await SignInAsync(page, home.Email);
        await WaitForHomeAsync(page, home, Chinese);
        await CaptureAtEachWidthAsync(page, home.Key, Chinese, () => WaitForHomeAsync(page, home, Chinese));

        await page.GotoAsync($"culture/set?culture=en&redirectUri={Uri.EscapeDataString(home.Path)}");
        await CaptureAtEachWidthAsync(page, home.Key, English, () => WaitForHomeAsync(page, home, English));
    }

    /// <summary>At each width: resize, reload (so the page lays itself out as it would when opened at that width), wait, capture.</summary>
    private static async Task CaptureAtEachWidthAsync(IPage page, string name, string locale, Func<Task> waitUntilReady)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, Height);
            await page.ReloadAsync();
            await waitUntilReady();

            var path = Screenshots.PathFor(name, locale, width);
            File.Delete(path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });

            var file = new FileInfo(path);
            file.Exists.ShouldBeTrue($"{path} was not written");
            file.Length.ShouldBeGreaterThan(1000, $"{path} is suspiciously small");
        }
    }
}
