using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Admin;

/// <summary>
/// Every admin page and the audit trail, in Chinese and English at 1280 and 390 px: the page itself
/// never scrolls sideways (a wide grid scrolls inside its own box, toolbars wrap). Screenshots for
/// people to look at: test-output/screenshots/{page}-{zh-CN|en}-{1280|390}.png.
/// </summary>
public sealed class AdminPagesOnAPhoneTests(AppFixture fixture) : BrowserTest(fixture)
{
    private static readonly int[] Widths = [1280, 390];

    [Theory]
    [InlineData("admin", "admin-home", "[data-testid=admin-links]")]
    [InlineData("admin/users", "admin-users", "[data-testid=users-grid] tbody tr")]
    [InlineData("admin/regions", "admin-regions", "[data-testid=regions-admin-grid] tbody tr")]
    [InlineData("admin/products", "admin-products", "[data-testid=products-grid] tbody tr")]
    [InlineData("admin/segments", "admin-segments", "[data-testid=segments-grid] tbody tr")]
    [InlineData("admin/history-import", "admin-history-import", "[data-testid=import-header]")]
    [InlineData("admin/settings", "admin-settings", "[data-testid=settings-save]")]
    [InlineData("audit", "audit", "[data-testid=audit-grid] tbody tr")]
    [InlineData("admin/mail", "admin-mail", "[data-testid=mail-grid]")]
    public async Task The_page_does_not_scroll_sideways_in_either_language_at_either_width(string path, string name, string ready)
    {
        foreach (var locale in new[] { Chinese, English })
        {
            var page = await OpenAdminAsync(locale);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                await page.GotoAsync(path);
                await WaitForCircuitAsync(page);
                await Expect(page.Locator(".sp-loading")).ToHaveCountAsync(0);
                await Expect(page.Locator(ready).First).ToBeVisibleAsync();

                await CheckAndCaptureAsync(page, name, locale, width);
            }
        }
    }

    [Fact]
    public async Task A_history_import_preview_with_problems_does_not_scroll_sideways_on_a_phone()
    {
        var page = await OpenAdminAsync(English);
        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync("admin/history-import");
        await WaitForCircuitAsync(page);

        await page.GetByTestId("import-text").FillAsync(
            """
            period,rep_email,region_code,product_code,sales_amount,sales_volume,collections
            2026-01,rep01@demo.local,EAST,AC-100,32990.00,10,30000.00
            2026-13,nobody@demo.local,EAST,AC-100,1,1,1
            2026-01,rep01@demo.local,EAST,NO-SUCH-PRODUCT,1,1,1
            """);
        await page.GetByTestId("import-preview").ClickAsync();
        await Expect(page.GetByTestId("import-errors").Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("import-rows").Locator("tbody tr")).ToHaveCountAsync(1);

        await CheckAndCaptureAsync(page, "admin-history-import-preview", English, 390);
    }

    private async Task<IPage> OpenAdminAsync(string locale)
    {
        var page = await OpenPageAsync(locale);
        await SignInAsync(page, DemoUsers.Admin);
        await WaitForHomeAsync(page, RoleHome.Admin, locale);
        return page;
    }

    /// <summary>
    /// Measures, then captures (so that the screenshot of a page too wide is kept), then asserts; the
    /// header's sign-out button must be wholly in the window too (the header cuts off what does not fit).
    /// </summary>
    private static async Task CheckAndCaptureAsync(IPage page, string name, string locale, int width)
    {
        var sideways = await WholePage.SidewaysScrollAsync(page);
        var signOut = await page.GetByTestId("sign-out").BoundingBoxAsync();
        await WholePage.CaptureAsync(page, Screenshots.PathFor(name, locale, width));
        sideways.ShouldBeLessThanOrEqualTo(0, $"{name} ({Screenshots.LanguageOf(locale)}) at {width} px scrolls sideways by {sideways} px");
        (signOut.ShouldNotBeNull().X + signOut.Width).ShouldBeLessThanOrEqualTo(width, $"the sign-out button is cut off at {width} px");
    }
}
