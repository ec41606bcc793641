using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Targets;

/// <summary>
/// Editing a company breakdown into regions: the split helper, two directors saving the same
/// breakdown (DESIGN §8 concurrency), and bad input (DESIGN §8: a message at the field, nothing
/// saved). Each test works on a month of its own.
/// </summary>
public sealed class BreakdownEditingTests(AppFixture fixture) : TargetsTest(fixture)
{
    private static readonly string[] Regions = ["EAST", "NORTH", "SOUTH"];

    [Fact]
    public async Task Split_evenly_puts_the_odd_cent_on_one_region_and_leaves_nothing_unallocated()
    {
        const string period = "2027-02";
        var page = await SignedInPageAsync(DemoUsers.Director);
        await SetCompanyTargetAsync(page, period, "100", "100.00");
        await OpenBreakdownAsync(page, period, "Company", "Region");
        await Expect(page.GetByTestId("unallocated-amount")).ToHaveTextAsync("100.00");

        await page.GetByTestId("split-Evenly").ClickAsync();

        await Expect(page.GetByTestId("unallocated-amount")).ToHaveTextAsync("0.00");
        await Expect(page.GetByTestId("breakdown-status")).ToHaveTextAsync("Fully allocated");
        await Expect(page.GetByTestId("allocated-total")).ToHaveTextAsync("100.00");
        var amounts = new List<string>();
        foreach (var code in Regions)
        {
            amounts.Add(await page.GetByTestId($"amount-{code}").InputValueAsync());
        }
        amounts.Order().ShouldBe(["33.33", "33.33", "33.34"]);
        // Nothing is saved until the user saves.
        await Expect(page.GetByTestId("saved-at")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_second_of_two_directors_saving_the_same_breakdown_is_told_keeps_their_input_and_can_save_again()
    {
        const string period = "2027-03";
        var first = await SignedInPageAsync(DemoUsers.Director);
        await SetCompanyTargetAsync(first, period, "900", "900.00");
        var second = await SignedInPageAsync(DemoUsers.Director);
        await OpenBreakdownAsync(first, period, "Company", "Region");
        await OpenBreakdownAsync(second, period, "Company", "Region");

        // The first saves 300 each.
        await first.GetByTestId("split-Evenly").ClickAsync();
        await Expect(first.GetByTestId("amount-EAST")).ToHaveValueAsync("300.00");
        await first.GetByTestId("save-breakdown").ClickAsync();
        await Expect(first.GetByTestId("saved-at")).ToBeVisibleAsync();

        // The second, still on the version they opened, types 500 / 250 / 150 and saves.
        await TypeAsync(second.GetByTestId("amount-EAST"), "500");
        await TypeAsync(second.GetByTestId("amount-NORTH"), "250");
        await TypeAsync(second.GetByTestId("amount-SOUTH"), "150");
        await Expect(second.GetByTestId("unallocated-amount")).ToHaveTextAsync("0.00");
        await second.GetByTestId("save-breakdown").ClickAsync();

        await Expect(second.GetByTestId("conflict")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("conflict")).ToContainTextAsync("Someone else changed these targets since you opened them.");
        await Expect(second.GetByTestId("saved-at")).ToHaveCountAsync(0);
        await Expect(second.GetByTestId("amount-EAST")).ToHaveValueAsync("500.00");
        await Expect(second.GetByTestId("amount-NORTH")).ToHaveValueAsync("250.00");
        await Expect(second.GetByTestId("amount-SOUTH")).ToHaveValueAsync("150.00");
        await Expect(second.GetByRole(AriaRole.Columnheader, new() { Name = "Latest saved" })).ToBeVisibleAsync();
        foreach (var code in Regions)
        {
            await Expect(RowOf(second, code).Locator(".sp-latest")).ToHaveTextAsync("300.00");
        }

        // Saving again applies the second director's split.
        await second.GetByTestId("save-breakdown").ClickAsync();

        await Expect(second.GetByTestId("saved-at")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("conflict")).ToHaveCountAsync(0);
        await Expect(second.GetByRole(AriaRole.Columnheader, new() { Name = "Latest saved" })).ToHaveCountAsync(0);

        // Both now see the second split once they reload.
        await OpenBreakdownAsync(first, period, "Company", "Region");
        await Expect(first.GetByTestId("amount-EAST")).ToHaveValueAsync("500.00");
        await Expect(first.GetByTestId("amount-NORTH")).ToHaveValueAsync("250.00");
        await Expect(first.GetByTestId("amount-SOUTH")).ToHaveValueAsync("150.00");
        await Expect(first.GetByTestId("breakdown-status")).ToHaveTextAsync("Fully allocated");
    }

    [Fact]
    public async Task A_negative_amount_or_three_decimals_is_marked_at_the_field_and_nothing_is_saved()
    {
        const string period = "2027-04";
        var page = await SignedInPageAsync(DemoUsers.Director);
        await SetCompanyTargetAsync(page, period, "1000", "1,000.00");

        // The company target refuses a negative amount too, at the field, and keeps the saved one.
        var company = page.GetByTestId("scope-Company");
        await TypeAsync(company.GetByTestId($"target-{Metric}"), "-5");
        await company.GetByTestId($"save-{Metric}").ClickAsync();
        await Expect(company.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Cannot be negative.");
        await OpenTargetsAsync(page, period);
        await Expect(company.GetByTestId($"target-{Metric}")).ToHaveValueAsync("1,000.00");

        await OpenBreakdownAsync(page, period, "Company", "Region");
        await TypeAsync(page.GetByTestId("amount-EAST"), "500");
        await TypeAsync(page.GetByTestId("amount-NORTH"), "300");
        await TypeAsync(page.GetByTestId("amount-SOUTH"), "200");
        await page.GetByTestId("save-breakdown").ClickAsync();
        await Expect(page.GetByTestId("saved-at")).ToBeVisibleAsync();

        await TypeAsync(page.GetByTestId("amount-EAST"), "-5");
        await TypeAsync(page.GetByTestId("amount-NORTH"), "1.234");

        await Expect(RowOf(page, "EAST").GetByRole(AriaRole.Alert)).ToHaveTextAsync("Cannot be negative.");
        await Expect(RowOf(page, "NORTH").GetByRole(AriaRole.Alert)).ToHaveTextAsync("At most two decimals.");
        await Expect(RowOf(page, "SOUTH").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        await page.GetByTestId("save-breakdown").ClickAsync();

        await Expect(page.GetByTestId("form-error")).ToContainTextAsync("Nothing was saved: check the highlighted rows.");

        await page.ReloadAsync();
        await WaitForBreakdownAsync(page);
        await Expect(page.GetByTestId("amount-EAST")).ToHaveValueAsync("500.00");
        await Expect(page.GetByTestId("amount-NORTH")).ToHaveValueAsync("300.00");
        await Expect(page.GetByTestId("amount-SOUTH")).ToHaveValueAsync("200.00");
        await Expect(page.GetByTestId("unallocated-amount")).ToHaveTextAsync("0.00");
        await Expect(page.GetByTestId("breakdown-status")).ToHaveTextAsync("Fully allocated");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }
}
