using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Targets;

/// <summary>
/// The whole decomposition of a month's sales target, top-down (DESIGN §3): the director sets the
/// company's target and splits it into regions, the region's manager splits theirs into reps, and
/// a rep sees their own target. In English (en-US), so that numbers read 1,280,000.00.
/// </summary>
public sealed class TargetDecompositionTests(AppFixture fixture) : TargetsTest(fixture)
{
    private const string December = "2026-12";

    [Fact]
    public async Task A_target_set_by_the_director_is_split_to_regions_then_to_reps_and_the_rep_sees_their_share()
    {
        // The director sets December's sales amount for the company …
        var director = await SignedInPageAsync(DemoUsers.Director);
        await SetCompanyTargetAsync(director, December, "3200000", "3,200,000.00");
        var company = director.GetByTestId("scope-Company");
        await Expect(company.GetByTestId($"breakdown-{Metric}-Region")).ToHaveTextAsync("Edit");

        // … opens its breakdown into regions and types each region's share.
        await company.GetByTestId($"breakdown-{Metric}-Region").ClickAsync();
        await WaitForBreakdownAsync(director);
        await Expect(director.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Company: Sales amount by Regions");
        await Expect(director.GetByTestId("parent-amount")).ToHaveTextAsync("3,200,000.00");
        await Expect(director.GetByTestId("unallocated-amount")).ToHaveTextAsync("3,200,000.00");
        await Expect(director.GetByTestId("breakdown-status")).ToHaveTextAsync("Draft");

        await TypeAsync(director.GetByTestId("share-EAST"), "40");
        await TypeAsync(director.GetByTestId("share-SOUTH"), "35");
        await Expect(director.GetByTestId("unallocated-amount")).ToHaveTextAsync("800,000.00");
        await TypeAsync(director.GetByTestId("share-NORTH"), "25");

        await Expect(director.GetByTestId("amount-EAST")).ToHaveValueAsync("1,280,000.00");
        await Expect(director.GetByTestId("amount-SOUTH")).ToHaveValueAsync("1,120,000.00");
        await Expect(director.GetByTestId("amount-NORTH")).ToHaveValueAsync("800,000.00");
        await Expect(director.GetByTestId("allocated-total")).ToHaveTextAsync("3,200,000.00");
        await Expect(director.GetByTestId("unallocated-amount")).ToHaveTextAsync("0.00");
        await Expect(director.GetByTestId("breakdown-status")).ToHaveTextAsync("Fully allocated");

        await director.GetByTestId("save-breakdown").ClickAsync();
        await Expect(director.GetByTestId("saved-at")).ToContainTextAsync("Saved at");

        // Back on the month, the breakdown now reads as complete.
        await director.GetByRole(AriaRole.Link, new() { Name = "← Back" }).ClickAsync();
        await WaitForTargetsAsync(director, December);
        await Expect(director.GetByTestId("scope-Company")).ToContainTextAsync("Fully allocated");

        // The manager of EAST sees the region's share as the region's target, read-only …
        var manager = await SignedInPageAsync(DemoUsers.ManagerEast);
        await OpenTargetsAsync(manager, December);
        var region = manager.GetByTestId("scope-Region");
        await Expect(region.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Region targets: 华东区 East");
        await Expect(region.GetByTestId($"target-{Metric}")).ToHaveTextAsync("1,280,000.00");
        await Expect(region.Locator($"input[data-testid=target-{Metric}]")).ToHaveCountAsync(0);
        await Expect(manager.GetByTestId("scope-Company")).ToHaveCountAsync(0);

        // … and splits it into their four reps, one cent short at first.
        await region.GetByTestId($"breakdown-{Metric}-Rep").ClickAsync();
        await WaitForBreakdownAsync(manager);
        await Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("华东区 East: Sales amount by Sales reps");
        await Expect(manager.GetByTestId("parent-amount")).ToHaveTextAsync("1,280,000.00");
        await Expect(manager.Locator("[data-testid^=amount-]")).ToHaveCountAsync(4);

        await TypeAsync(manager.GetByTestId("amount-rep01@demo.local"), "320000");
        await TypeAsync(manager.GetByTestId("amount-rep02@demo.local"), "320000");
        await TypeAsync(manager.GetByTestId("amount-rep03@demo.local"), "320000");
        await TypeAsync(manager.GetByTestId("amount-rep04@demo.local"), "319999.99");

        await Expect(manager.GetByTestId("amount-rep04@demo.local")).ToHaveValueAsync("319,999.99");
        await Expect(manager.GetByTestId("share-rep01@demo.local")).ToHaveValueAsync("25");
        await Expect(manager.GetByTestId("allocated-total")).ToHaveTextAsync("1,279,999.99");
        await Expect(manager.GetByTestId("unallocated")).ToContainTextAsync("Unallocated");
        await Expect(manager.GetByTestId("unallocated-amount")).ToHaveTextAsync("0.01");
        await Expect(manager.GetByTestId("breakdown-status")).ToHaveTextAsync("Draft");

        await TypeAsync(manager.GetByTestId("amount-rep04@demo.local"), "320000");

        await Expect(manager.GetByTestId("amount-rep04@demo.local")).ToHaveValueAsync("320,000.00");
        await Expect(manager.GetByTestId("allocated-total")).ToHaveTextAsync("1,280,000.00");
        await Expect(manager.GetByTestId("unallocated-amount")).ToHaveTextAsync("0.00");
        await Expect(manager.GetByTestId("breakdown-status")).ToHaveTextAsync("Fully allocated");

        await manager.GetByTestId("save-breakdown").ClickAsync();
        await Expect(manager.GetByTestId("saved-at")).ToContainTextAsync("Saved at");
        await Expect(manager.GetByTestId("form-error")).ToHaveCountAsync(0);

        // rep01 sees their target, and cannot change it.
        var rep = await SignedInPageAsync(DemoUsers.Rep01);
        await OpenTargetsAsync(rep, December);
        var mine = rep.GetByTestId("scope-Rep");
        await Expect(mine.GetByRole(AriaRole.Heading)).ToHaveTextAsync("My targets");
        await Expect(mine.GetByTestId($"target-{Metric}")).ToHaveTextAsync("320,000.00");
        await Expect(mine.Locator("input")).ToHaveCountAsync(0);
        await Expect(mine.GetByTestId($"save-{Metric}")).ToHaveCountAsync(0);
        await Expect(rep.GetByTestId("scope-Company")).ToHaveCountAsync(0);
        await Expect(rep.GetByTestId("scope-Region")).ToHaveCountAsync(0);
    }
}
