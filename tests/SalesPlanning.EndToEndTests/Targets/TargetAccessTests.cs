using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Targets;

/// <summary>
/// A user who opens the URL of a breakdown they may not see gets a plain message on the page, not
/// an error page and not the data (DESIGN §8: checked on the server for every read).
/// </summary>
public sealed class TargetAccessTests(AppFixture fixture) : TargetsTest(fixture)
{
    private const string Period = "2026-12";

    [Fact]
    public async Task A_rep_opening_the_company_breakdown_is_told_they_may_not_see_it()
    {
        var page = await SignedInPageAsync(DemoUsers.Rep01);

        await OpenBreakdownAsync(page, Period, "Company", "Region");

        await ExpectForbiddenAsync(page);
    }

    [Fact]
    public async Task A_manager_opening_another_regions_breakdown_is_told_they_may_not_see_it()
    {
        var south = await RegionIdOfManagerAsync("manager.south@demo.local");
        var page = await SignedInPageAsync(DemoUsers.ManagerEast);

        await OpenBreakdownAsync(page, Period, "Region", "Rep", south);

        await ExpectForbiddenAsync(page);

        // Their own region's targets of the same month still open (none is set yet).
        await OpenTargetsAsync(page, Period);
        await Expect(page.GetByTestId("scope-Region")).ToContainTextAsync("The director has not set this region's targets for the month yet.");
    }

    private static async Task ExpectForbiddenAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("You may not see this.");
        await Expect(page.GetByTestId("breakdown-grid")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("parent-amount")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("save-breakdown")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Something went wrong")).ToHaveCountAsync(0);
        // The way back to the user's own targets stays.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "← Back" })).ToHaveAttributeAsync("href", $"targets?period={Period}");
    }
}
