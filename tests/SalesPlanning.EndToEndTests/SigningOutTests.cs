using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>Signing out ends the session: protected pages ask for a sign-in again.</summary>
public sealed class SigningOutTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_director_page_then_asks_to_sign_in_again()
    {
        var page = await OpenPageAsync(English);
        await SignInAsync(page, DemoUsers.Director);
        await WaitForHomeAsync(page, RoleHome.Director, English);

        await page.GetByTestId("sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(UrlOf("/account/login"));
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);

        await page.GotoAsync("director");

        await Expect(page).ToHaveURLAsync(new Regex(@"/account/login\?ReturnUrl=%2Fdirector$", RegexOptions.IgnoreCase));
        await Expect(page.GetByTestId("drill-achievement")).ToHaveCountAsync(0);
    }
}
