using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Targets;

/// <summary>
/// The director spreads an annual target over the months of next year by the seasonal preset
/// (DESIGN §3, seed 003) and applies it to the company's monthly targets.
/// </summary>
public sealed class AnnualTargetTests(AppFixture fixture) : TargetsTest(fixture)
{
    [Fact]
    public async Task The_seasonal_preset_spreads_an_annual_target_and_applying_it_sets_january()
    {
        var page = await SignedInPageAsync(DemoUsers.Director);
        await page.GotoAsync("targets/annual");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Annual target and monthly distribution");
        var year = await page.GetByTestId("year").InputValueAsync();
        year.ShouldMatch("^20[0-9]{2}$");
        await Expect(page.GetByTestId("apply-annual")).ToBeDisabledAsync();

        await page.GetByTestId("preset-seasonal").ClickAsync();

        await Expect(page.GetByTestId("pct-12")).ToHaveValueAsync("8.87");
        await Expect(page.GetByTestId("pct-1")).ToHaveValueAsync("8.89");
        await Expect(page.GetByTestId("pct-4")).ToHaveValueAsync("7.78");
        await Expect(page.GetByTestId("percent-sum")).ToHaveTextAsync("Sum: 100.00%");

        await TypeAsync(page.GetByTestId("annual-amount"), "36000000");

        await Expect(page.GetByTestId("annual-amount")).ToHaveValueAsync("36,000,000.00");
        var january = page.GetByTestId("month-amount-1");
        await Expect(january).ToHaveTextAsync(new Regex(@"^\d{1,3}(,\d{3})*\.\d{2}$"));
        var januaryAmount = await january.TextContentAsync();
        // 8.89 % of 36,000,000.00, give or take the cents the split moves.
        januaryAmount.ShouldStartWith("3,200,");

        await page.GetByTestId("apply-annual").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"This sets the company's Sales amount target for all 12 months of {year}");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await WaitForTargetsAsync(page, $"{year}-01");
        await Expect(page.GetByTestId("scope-Company").GetByTestId($"target-{Metric}")).ToHaveValueAsync(januaryAmount!);
        await Expect(page.GetByTestId("scope-Company").GetByTestId($"breakdown-{Metric}-Region")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Weights_spread_the_seeds_seasonal_scheme_to_the_cent_in_chinese()
    {
        var page = await SignedInPageAsync(DemoUsers.Director, Chinese);
        await page.GotoAsync("targets/annual");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("pct-12")).ToBeVisibleAsync();

        await page.GetByTestId("distribution-mode").GetByText("按权重或金额").ClickAsync();
        await page.GetByTestId("preset-seasonal").ClickAsync();

        await Expect(page.GetByTestId("weight-1")).ToHaveValueAsync("3.2");
        await Expect(page.GetByTestId("weight-4")).ToHaveValueAsync("2.8");
        await Expect(page.GetByTestId("weight-sum")).ToHaveTextAsync("权重合计：36");
        await Expect(page.GetByTestId("save-distribution")).ToHaveCountAsync(0);
        await TypeAsync(page.GetByTestId("annual-amount"), "36000000");
        await Expect(page.GetByTestId("month-amount-12")).ToHaveTextAsync("3,200,000.00");
        await Expect(page.GetByTestId("month-amount-4")).ToHaveTextAsync("2,800,000.00");
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("annual-weights", Chinese, width), FullPage = true });
        }

        // A month with no weight left out of the year: the total still spreads exactly.
        await TypeAsync(page.GetByTestId("weight-12"), "0");
        await Expect(page.GetByTestId("month-amount-12")).ToHaveTextAsync("0.00");
        await Expect(page.GetByTestId("apply-annual")).ToBeEnabledAsync();
    }
}
