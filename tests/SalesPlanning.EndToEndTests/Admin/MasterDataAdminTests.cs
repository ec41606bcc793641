using System.Text;
using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Admin;

/// <summary>An admin keeps the master data and settings in the browser; other roles cannot open these pages.</summary>
public sealed class MasterDataAdminTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_admin_adds_a_product_with_inline_edit_and_sees_it_in_the_list()
    {
        var page = await OpenAdminPageAsync("admin/products");
        var grid = page.GetByTestId("products-grid");

        await page.GetByTestId("add-product").ClickAsync();
        await FillAsync(grid.GetByTestId("edit-code"), "e2e-100");
        await FillAsync(grid.GetByTestId("edit-name-zh"), "测试机");
        await FillAsync(grid.GetByTestId("edit-name-en"), "Test unit");
        await grid.GetByTestId("row-save").ClickAsync();

        // A missing unit is shown at the field and the row stays open with the input.
        await Expect(grid.GetByTestId("error-Unit")).ToHaveTextAsync("Enter a unit, such as 台 or 箱.");
        await Expect(grid.GetByTestId("edit-code")).ToHaveValueAsync("e2e-100");
        await FillAsync(grid.GetByTestId("edit-unit"), "台");
        await grid.GetByTestId("row-save").ClickAsync();

        await Expect(grid.GetByTestId("edit-code")).ToHaveCountAsync(0);
        await FillAsync(page.GetByTestId("add-product-search"), "E2E-100");
        var row = grid.Locator("tbody tr", new() { HasText = "E2E-100" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("测试机");
        await Expect(row).ToContainTextAsync("Test unit");
        await Expect(row).ToContainTextAsync("Active");

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("products-grid").Locator("tbody tr", new() { HasText = "E2E-100" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_admin_changes_the_review_deadline_in_settings()
    {
        var page = await OpenAdminPageAsync("admin/settings");
        await Expect(page.GetByTestId("settings-review-days")).ToHaveValueAsync("3");

        await FillAsync(page.GetByTestId("settings-review-days"), "0");
        await page.GetByTestId("settings-save").ClickAsync();
        await Expect(page.GetByTestId("error-ReviewDeadlineDays")).ToHaveTextAsync("Enter 1 to 60 days.");

        await FillAsync(page.GetByTestId("settings-review-days"), "5");
        await page.GetByTestId("settings-save").ClickAsync();
        await Expect(page.GetByTestId("error-ReviewDeadlineDays")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Saved.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("settings-review-days")).ToHaveValueAsync("5");
        await Expect(page.GetByTestId("company-name")).ToHaveTextAsync("华远示范科技 Demo Co.");
    }

    [Fact]
    public async Task An_admin_sets_the_default_KPI_weights_which_must_add_up_to_100_and_the_other_settings_still_save()
    {
        var page = await OpenAdminPageAsync("admin/settings");
        await Expect(page.GetByTestId("weights-total")).ToHaveTextAsync("Total 100%");

        await FillAsync(page.GetByTestId("weight-SalesAmount"), "40");
        await Expect(page.GetByTestId("weights-total")).ToHaveTextAsync("Total 110%");
        await page.GetByTestId("weights-save").ClickAsync();
        await Expect(page.GetByTestId("weights-error")).ToContainTextAsync("110");

        await FillAsync(page.GetByTestId("weight-Growth"), "0");
        await page.GetByTestId("weights-save").ClickAsync();
        await Expect(Notification(page, "Saved.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("weights-error")).ToHaveCountAsync(0);

        // The weights moved the settings' version on: the form above saves without a conflict (its value as it was:
        // the review deadline test of this class starts from it).
        await Notification(page, "Saved.").GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(Notification(page, "Saved.")).ToHaveCountAsync(0);
        await page.GetByTestId("settings-save").ClickAsync();
        await Expect(Notification(page, "Saved.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("settings-conflict")).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("weight-SalesAmount")).ToHaveValueAsync("40");
        await Expect(page.GetByTestId("weight-Growth")).ToHaveValueAsync("0");
        await Expect(page.GetByTestId("settings-review-days")).ToHaveValueAsync("3");
    }

    [Fact]
    public async Task A_csv_import_with_a_bad_line_shows_its_line_number_and_imports_nothing()
    {
        var page = await OpenAdminPageAsync("admin/regions");
        await Expect(page.GetByTestId("csv-header")).ToHaveTextAsync("code,name,manager_email,active");
        const string csv = "code,name,manager_email,active\nE2E-WEST,西区 West,,true\nE2E-MID,华中区,nobody@demo.local,true\n";

        await page.GetByTestId("csv-file").SetInputFilesAsync(new FilePayload
        {
            Name = "regions.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });

        var errors = page.GetByTestId("csv-error");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors).ToHaveTextAsync("Line 3, column manager_email: This is not an active user with the sales manager role.");
        await Expect(page.GetByTestId("csv-commit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("regions-admin-grid")).Not.ToContainTextAsync("E2E-WEST");

        // Fixed, the same file imports every line.
        await page.GetByTestId("csv-file").SetInputFilesAsync(new FilePayload
        {
            Name = "regions.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv.Replace("nobody@demo.local", "", StringComparison.Ordinal)),
        });
        await Expect(page.GetByTestId("csv-summary")).ToContainTextAsync("Ready to import: 2 new, 0 changed, 0 unchanged.");
        await page.GetByTestId("csv-commit").ClickAsync();
        await Expect(page.GetByTestId("regions-admin-grid")).ToContainTextAsync("E2E-WEST");
        await Expect(page.GetByTestId("regions-admin-grid")).ToContainTextAsync("E2E-MID");
    }

    [Theory]
    [InlineData(DemoUsers.Director, "admin/regions")]
    [InlineData(DemoUsers.ManagerEast, "admin/products")]
    [InlineData(DemoUsers.Rep01, "admin/settings")]
    [InlineData(DemoUsers.Director, "admin/segments")]
    public async Task Other_roles_are_refused_the_admin_pages(string email, string path)
    {
        var page = await OpenPageAsync(English);
        await SignInAsync(page, email);

        await page.GotoAsync(path);

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.GetByTestId("csv-import")).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenAdminPageAsync(string path, string locale = English, int width = 1280)
    {
        var page = await OpenPageAsync(locale, width);
        await SignInAsync(page, DemoUsers.Admin);
        await WaitForHomeAsync(page, RoleHome.Admin, locale);
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
        await Expect(page.Locator(".sp-loading")).ToHaveCountAsync(0);
        return page;
    }

    private static async Task FillAsync(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
