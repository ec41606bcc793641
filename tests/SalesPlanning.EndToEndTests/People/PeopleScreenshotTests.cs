using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.People;

/// <summary>Screenshots of the users and audit pages in both languages, wide and on a phone, for people to look at.</summary>
public sealed class PeopleScreenshotTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(English, 1280, "admin/users", "users-grid")]
    [InlineData(Chinese, 390, "admin/users", "users-grid")]
    [InlineData(Chinese, 1280, "audit", "audit-grid")]
    [InlineData(English, 390, "audit", "audit-grid")]
    public async Task The_page_renders_in_each_language_and_width(string locale, int width, string path, string grid)
    {
        var page = await OpenPageAsync(locale, width, 900);
        await SignInAsync(page, DemoUsers.Admin);
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId(grid)).ToBeVisibleAsync();
        await Expect(page.GetByTestId(grid).Locator("tbody tr").First).ToBeVisibleAsync();

        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor(path.Replace('/', '-'), locale, width), FullPage = true });
    }
}
