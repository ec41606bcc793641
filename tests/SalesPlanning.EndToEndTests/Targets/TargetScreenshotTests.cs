using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Targets;

/// <summary>
/// The targets pages in Chinese: a director sets and splits a target with the Chinese labels, then
/// the targets page, a breakdown and the annual page are captured in Chinese and English at a
/// desktop (1280 px) and a phone (390 px) width, for people to look at:
/// test-output/screenshots/{targets|breakdown|annual}-{zh-CN|en}-{1280|390}.png.
/// </summary>
public sealed class TargetScreenshotTests(AppFixture fixture) : TargetsTest(fixture)
{
    private const string Period = "2026-12";
    private static readonly int[] Widths = [1280, 390];
    private const int Height = 800;

    [Fact]
    public async Task A_director_splits_a_target_in_chinese_and_the_pages_are_captured_in_both_languages()
    {
        var page = await SignedInPageAsync(DemoUsers.Director, Chinese);
        await OpenTargetsAsync(page, Period);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("目标设定与分解");
        var company = page.GetByTestId("scope-Company");
        await Expect(company.GetByRole(AriaRole.Heading)).ToHaveTextAsync("公司目标");
        foreach (var header in new[] { "指标", "目标", "区域", "产品", "客户类型" })
        {
            await Expect(company.GetByRole(AriaRole.Columnheader, new() { Name = header, Exact = true })).ToBeVisibleAsync();
        }
        await Expect(company.GetByText("销售额", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(company.GetByTestId($"target-{Metric}")).ToHaveAttributeAsync("placeholder", "未设定");
        await Expect(page.GetByTestId("annual-link")).ToHaveTextAsync("由年度目标分配");

        await TypeAsync(company.GetByTestId($"target-{Metric}"), "3200000");
        await company.GetByTestId($"save-{Metric}").ClickAsync();
        await Expect(company.GetByTestId($"breakdown-{Metric}-Region")).ToHaveTextAsync("编辑");
        await Expect(company.GetByText("未分解").First).ToBeVisibleAsync();

        await company.GetByTestId($"breakdown-{Metric}-Region").ClickAsync();
        await WaitForBreakdownAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("公司：销售额按区域分解");
        await Expect(page.GetByTestId("unallocated")).ToContainTextAsync("未分配");
        await Expect(page.GetByTestId("breakdown-status")).ToHaveTextAsync("草稿");
        await Expect(page.GetByTestId("split-Evenly")).ToHaveTextAsync("平均分配");
        foreach (var header in new[] { "编码", "上月实际", "去年同期实际", "分配额", "占比 %" })
        {
            await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = header, Exact = true })).ToBeVisibleAsync();
        }

        await TypeAsync(page.GetByTestId("share-EAST"), "40");
        await TypeAsync(page.GetByTestId("share-SOUTH"), "35");
        await TypeAsync(page.GetByTestId("share-NORTH"), "25");
        await Expect(page.GetByTestId("amount-EAST")).ToHaveValueAsync("1,280,000.00");
        await Expect(page.GetByTestId("breakdown-status")).ToHaveTextAsync("已分配完毕");
        await page.GetByTestId("save-breakdown").ClickAsync();
        await Expect(page.GetByTestId("saved-at")).ToContainTextAsync("保存");

        var breakdown = BreakdownUrl(Period, "Company", "Region");
        await CaptureAtEachWidthAsync(page, "breakdown", Chinese, () => BreakdownReadyAsync(page, "已分配完毕"));
        await page.GotoAsync($"targets?period={Period}");
        await CaptureAtEachWidthAsync(page, "targets", Chinese, () => TargetsReadyAsync(page, "已分配完毕"));
        await page.GotoAsync("targets/annual");
        await CaptureAtEachWidthAsync(page, "annual", Chinese, () => AnnualReadyAsync(page, "年度目标与月度分配"));

        await page.GotoAsync($"culture/set?culture=en&redirectUri={Uri.EscapeDataString("/" + breakdown)}");
        await CaptureAtEachWidthAsync(page, "breakdown", English, () => BreakdownReadyAsync(page, "Fully allocated"));
        await page.GotoAsync($"targets?period={Period}");
        await CaptureAtEachWidthAsync(page, "targets", English, () => TargetsReadyAsync(page, "Fully allocated"));
        await page.GotoAsync("targets/annual");
        await CaptureAtEachWidthAsync(page, "annual", English, () => AnnualReadyAsync(page, "Annual target and monthly distribution"));
    }

    private static async Task TargetsReadyAsync(IPage page, string balanced)
    {
        await WaitForTargetsAsync(page, Period);
        var company = page.GetByTestId("scope-Company");
        await Expect(company.GetByText(balanced)).ToBeVisibleAsync();
        // At phone width too, the breakdown columns have room (the grid scrolls sideways to them).
        await Expect(company.GetByRole(AriaRole.Columnheader)).ToHaveCountAsync(5);
        foreach (var header in await company.GetByRole(AriaRole.Columnheader).AllAsync())
        {
            await Expect(header).ToBeVisibleAsync();
        }
        await Expect(company.GetByTestId($"breakdown-{Metric}-CustomerSegment")).ToBeVisibleAsync();
    }

    private static async Task BreakdownReadyAsync(IPage page, string balanced)
    {
        await WaitForBreakdownAsync(page);
        await Expect(page.GetByTestId("breakdown-status")).ToHaveTextAsync(balanced);
        await Expect(page.GetByTestId("amount-EAST")).ToHaveValueAsync("1,280,000.00");
    }

    private static async Task AnnualReadyAsync(IPage page, string title)
    {
        await WaitForCircuitAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("pct-12")).ToHaveValueAsync("8.37");
    }

    /// <summary>At each width: resize, reload (so the page lays itself out as it would when opened at that width), wait, capture it all.</summary>
    private static async Task CaptureAtEachWidthAsync(IPage page, string name, string locale, Func<Task> waitUntilReady)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, Height);
            await page.ReloadAsync();
            await waitUntilReady();

            // Make the viewport as tall as the content for the capture.
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            await page.SetViewportSizeAsync(width, Math.Max(Height, height));

            var path = Screenshots.PathFor(name, locale, width);
            File.Delete(path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });

            var file = new FileInfo(path);
            file.Exists.ShouldBeTrue($"{path} was not written");
            file.Length.ShouldBeGreaterThan(1000, $"{path} is suspiciously small");
        }
    }
}
