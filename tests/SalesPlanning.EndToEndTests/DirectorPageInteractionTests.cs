using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>
/// The director page is interactive (Blazor Server circuit): opening the organisation panel, sorting its regions grid
/// and the menu drawer's toggle are handled on the server, through .NET 10's browser script (ADR 0005).
/// </summary>
public sealed class DirectorPageInteractionTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Clicking_the_sales_reps_header_sorts_the_regions_by_it()
    {
        var page = await OpenDirectorPageAsync();
        var grid = await OpenOrganisationAsync(page);
        var header = grid.GetByRole(AriaRole.Columnheader, new() { Name = "Sales reps" });
        await Expect(header).Not.ToHaveAttributeAsync("aria-sort", "ascending");

        await header.ClickAsync();

        await Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
        // Every demo region has four reps: the order stays, and the footer still counts twelve.
        await Expect(RepCounts(grid)).ToHaveTextAsync(["4", "4", "4"]);
        await Expect(grid.GetByTestId("rep-total")).ToHaveTextAsync("12");

        await header.ClickAsync();

        await Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
    }

    [Fact]
    public async Task Clicking_the_code_header_twice_reverses_the_row_order()
    {
        var page = await OpenDirectorPageAsync();
        var grid = await OpenOrganisationAsync(page);
        var header = grid.GetByRole(AriaRole.Columnheader, new() { Name = "Code" });
        await Expect(Codes(grid)).ToHaveTextAsync(["EAST", "NORTH", "SOUTH"]);

        await header.ClickAsync();
        await Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
        await header.ClickAsync();

        await Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(Codes(grid)).ToHaveTextAsync(["SOUTH", "NORTH", "EAST"]);
        await Expect(grid.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("张伟 Zhang Wei");
    }

    [Fact]
    public async Task The_sidebar_toggle_hides_and_shows_the_menu()
    {
        var page = await OpenDirectorPageAsync();
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });
        var menuItem = MenuItem(page, "Company overview");
        await Expect(menuItem).ToBeInViewportAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");

        await toggle.ClickAsync();
        await Expect(menuItem).Not.ToBeInViewportAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        await toggle.ClickAsync();
        await Expect(menuItem).ToBeInViewportAsync();
        await Expect(page).ToHaveURLAsync(UrlOf("/director"));
    }

    private async Task<IPage> OpenDirectorPageAsync()
    {
        var page = await OpenPageAsync(English);
        await SignInAsync(page, DemoUsers.Director);
        await WaitForHomeAsync(page, RoleHome.Director, English);
        return page;
    }

    [Fact]
    public async Task The_organisation_panel_is_closed_until_opened_and_then_shows_the_master_data_and_regions()
    {
        var page = await OpenDirectorPageAsync();
        await Expect(page.GetByTestId("drill-children")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("regions-grid")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("master-data")).ToHaveCountAsync(0);
        // Not rendered at all while closed, not even a loading state.
        await Expect(page.GetByTestId("organisation").Locator(".sp-loading")).ToHaveCountAsync(0);

        var grid = await OpenOrganisationAsync(page);

        await Expect(Codes(grid)).ToHaveTextAsync(["EAST", "NORTH", "SOUTH"]);
        await Expect(grid.GetByTestId("rep-total")).ToHaveTextAsync("12");
        await Expect(page.GetByTestId("master-data")).ToContainTextAsync("Active users");
        await CaptureAsync(page, "director-organisation", English);
    }

    /// <summary>Opens the home's organisation panel (closed at first) from the keyboard and answers its regions grid.</summary>
    private static async Task<ILocator> OpenOrganisationAsync(IPage page)
    {
        var header = page.GetByTestId("organisation").GetByRole(AriaRole.Button, new() { Name = "Organisation: users, regions and products" });
        await Expect(header).ToHaveAttributeAsync("aria-expanded", "false");
        await header.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(header).ToHaveAttributeAsync("aria-expanded", "true");
        var grid = page.GetByTestId("regions-grid");
        await Expect(grid).ToBeVisibleAsync();
        return grid;
    }

    private static ILocator Codes(ILocator grid) => grid.Locator("tbody tr td:nth-child(1)");

    private static ILocator RepCounts(ILocator grid) => grid.Locator("tbody tr td:nth-child(4)");
}
