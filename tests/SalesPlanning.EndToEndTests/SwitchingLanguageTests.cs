using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>The first language comes from the browser; the switcher changes it and a cookie keeps it.</summary>
public sealed class SwitchingLanguageTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_chinese_browser_gets_chinese_and_english_once_chosen_stays_after_a_reload()
    {
        var page = await OpenPageAsync(Chinese);

        await page.GotoAsync("account/login");
        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("登录");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("登录销售计划系统");
        await Expect(page.GetByText("邮箱", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await page.GetByTestId("lang-en").ClickAsync();

        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to SalesPlanning");
        await Expect(page.GetByText("E-mail", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(UrlOf("/account/login"));

        await page.ReloadAsync();

        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in");
        await Expect(page.GetByTestId("lang-en")).ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task An_english_browser_gets_english_on_the_first_visit()
    {
        var page = await OpenPageAsync(English);

        await page.GotoAsync("account/login");

        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to SalesPlanning");
        await Expect(page).ToHaveTitleAsync("Sign in · SalesPlanning");
    }

    [Fact]
    public async Task Switching_language_on_the_director_page_changes_the_heading_and_keeps_the_url()
    {
        var page = await OpenPageAsync(English);
        await SignInAsync(page, DemoUsers.Director);
        await WaitForHomeAsync(page, RoleHome.Director, English);

        await page.GetByTestId("lang-zh-CN").ClickAsync();

        await WaitForHomeAsync(page, RoleHome.Director, Chinese);
        await Expect(MenuItem(page, "公司总览")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("organisation")).ToContainTextAsync("组织架构：用户、区域与产品");
        await Expect(page.GetByTestId("sign-out")).ToHaveAccessibleNameAsync("退出登录");

        await page.GetByTestId("lang-en").ClickAsync();

        await WaitForHomeAsync(page, RoleHome.Director, English);
        await Expect(page.GetByTestId("organisation")).ToContainTextAsync("Organisation: users, regions and products");
    }
}
