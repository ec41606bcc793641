using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>
/// No page logs a console error or throws. Every test checks this for the pages it visits (see
/// <see cref="BrowserTest"/>); this test walks all of them in one go, in each language.
/// </summary>
public sealed class BrowserConsoleTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(English)]
    [InlineData(Chinese)]
    public async Task Every_page_loads_without_console_errors_or_page_errors(string locale)
    {
        var page = await OpenPageAsync(locale);
        await page.GotoAsync("account/login");
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();

        foreach (var home in RoleHome.All)
        {
            await SignInAsync(page, home.Email);
            await WaitForHomeAsync(page, home, locale);
            if (home == RoleHome.Rep)
            {
                await page.GotoAsync("director");
                await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
            }
            await page.GetByTestId("sign-out").ClickAsync();
            await Expect(page).ToHaveURLAsync(UrlOf("/account/login"));
        }

        BrowserErrors.ShouldBeEmpty();
    }
}
