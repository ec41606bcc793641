using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>A signed-in user opens a page their role may not use.</summary>
public sealed class AccessDeniedTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_rep_opening_the_director_page_sees_access_denied_and_their_own_page_still_works()
    {
        var page = await OpenPageAsync(English);
        await SignInAsync(page, DemoUsers.Rep01);
        await WaitForHomeAsync(page, RoleHome.Rep, English);

        await page.GotoAsync("director");

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Access denied");
        await Expect(page.GetByText("Your role does not give you access to this page.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("drill-achievement")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your home page" }).ClickAsync();

        await WaitForHomeAsync(page, RoleHome.Rep, English);
        await Expect(page.GetByTestId("my-region")).ToContainTextAsync("华东区 East");
        await Expect(page.GetByTestId("my-region")).ToContainTextAsync("李明 Li Ming");
    }
}
