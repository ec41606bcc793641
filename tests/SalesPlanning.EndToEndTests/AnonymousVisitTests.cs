using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>Someone not signed in opens a protected page.</summary>
public sealed class AnonymousVisitTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_anonymous_visit_to_the_director_page_goes_to_sign_in_and_returns_there_after_signing_in()
    {
        var page = await OpenPageAsync(English);

        await page.GotoAsync("director");

        await Expect(page).ToHaveURLAsync(new Regex(@"/account/login\?ReturnUrl=%2Fdirector$", RegexOptions.IgnoreCase));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to SalesPlanning" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Company overview")).ToHaveCountAsync(0);

        await SignInAsync(page, DemoUsers.Director);

        await WaitForHomeAsync(page, RoleHome.Director, English);
    }

    [Fact]
    public async Task An_anonymous_visit_to_the_root_goes_to_sign_in()
    {
        var page = await OpenPageAsync(English);

        await page.GotoAsync("");

        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in");
    }
}
