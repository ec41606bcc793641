using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>Each demo role signs in and lands on its own home page.</summary>
public sealed class SigningInTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("director")]
    [InlineData("manager")]
    [InlineData("rep")]
    [InlineData("admin")]
    public async Task A_role_lands_on_its_home_page_sees_its_name_and_only_its_menu_items(string role)
    {
        var home = RoleHome.Named(role);
        var page = await OpenPageAsync(English);

        await SignInAsync(page, home.Email);

        await WaitForHomeAsync(page, home, English);
        await Expect(page).ToHaveTitleAsync($"{home.TitleEn} · SalesPlanning");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(home.DisplayName);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(home.TitleEn);
        await Expect(page.GetByText($"Welcome, {home.DisplayName}")).ToBeVisibleAsync();

        var menuItems = MenuItems(page);
        await Expect(menuItems).ToHaveCountAsync(home.MenuEn.Count);
        for (var i = 0; i < home.MenuEn.Count; i++)
        {
            await Expect(menuItems.Nth(i)).ToHaveAccessibleNameAsync(home.MenuEn[i]);
        }
        foreach (var other in RoleHome.AllMenuItemsEn.Except(home.MenuEn))
        {
            await Expect(menuItems.Filter(new() { HasText = other })).ToHaveCountAsync(0);
        }
    }
}
