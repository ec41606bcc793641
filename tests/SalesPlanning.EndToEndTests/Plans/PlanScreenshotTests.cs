using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Plans;

/// <summary>
/// The plan pages for people to look at, in Chinese and English at 1280 and 390 px:
/// test-output/screenshots/{plan|plans}-{zh-CN|en}-{1280|390}.png. On a phone the page itself never
/// scrolls sideways (wide tables and the section tabs scroll inside themselves).
/// </summary>
public sealed class PlanScreenshotTests(AppFixture fixture) : PlansTest(fixture)
{
    private const string Period = "2027-05";
    private static readonly int[] Widths = [1280, 390];

    [Fact]
    public async Task The_plan_and_the_plans_list_are_captured_in_both_languages_and_fit_a_phone()
    {
        var east = await SetUpTargetsAsync(Period);
        var page = await SignedInPageAsync(DemoUsers.ManagerEast, Chinese);
        await OpenPlanAsync(page, east, Period);
        await Expect(page.GetByTestId("plan-title")).ToHaveTextAsync("华东区 East · 2027-05 月度销售计划");
        await Expect(page.GetByTestId("tab-Review")).ToContainTextAsync("上月回顾");
        await Expect(page.GetByTestId("plan-status")).ToHaveTextAsync("草稿");

        await CaptureAsync(page, "plan", Chinese, () => OpenPlanAsync(page, east, Period));
        await page.GotoAsync($"plans?period={Period}");
        await CaptureAsync(page, "plans", Chinese, () => WaitForListAsync(page));

        await page.GotoAsync($"culture/set?culture=en&redirectUri={Uri.EscapeDataString($"/plans/{east}/{Period}")}");
        await CaptureAsync(page, "plan", English, () => OpenPlanAsync(page, east, Period));
        await Expect(page.GetByTestId("tab-Forecast")).ToContainTextAsync("Forecast");
        await page.GotoAsync($"plans?period={Period}");
        await CaptureAsync(page, "plans", English, () => WaitForListAsync(page));
    }

    private static async Task WaitForListAsync(IPage page)
    {
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("plans-month")).ToBeVisibleAsync();
    }

    private static async Task CaptureAsync(IPage page, string name, string locale, Func<Task> ready)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.ReloadAsync();
            await ready();
            var sideways = await WholePage.SidewaysScrollAsync(page);
            sideways.ShouldBeLessThanOrEqualTo(0, $"{name} at {width} px scrolls sideways by {sideways} px");
            await WholePage.CaptureAsync(page, Screenshots.PathFor(name, locale, width));
        }
    }
}
