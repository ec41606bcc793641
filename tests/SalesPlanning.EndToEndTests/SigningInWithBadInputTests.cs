using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests;

/// <summary>The sign-in form refuses a wrong password and an empty form, and says why.</summary>
public sealed class SigningInWithBadInputTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_wrong_password_shows_the_error_and_stays_on_the_sign_in_page()
    {
        var page = await OpenPageAsync(English);
        await page.GotoAsync("account/login");

        await page.Locator("#email").FillAsync(DemoUsers.Director);
        await page.Locator("#password").FillAsync("not-the-password");
        await page.GetByTestId("sign-in").ClickAsync();

        await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("Wrong e-mail or password.");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to SalesPlanning" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
        // The e-mail stays filled in, so a typo in the password is quick to correct.
        await Expect(page.Locator("#email")).ToHaveValueAsync(DemoUsers.Director);
    }

    [Fact]
    public async Task An_empty_form_shows_a_message_for_each_field()
    {
        var page = await OpenPageAsync(English);
        await page.GotoAsync("account/login");

        await page.GetByTestId("sign-in").ClickAsync();

        await Expect(page.GetByText("Enter your e-mail.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Enter your password.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sign-in-error")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(LoginUrl());
    }

    [Fact]
    public async Task An_empty_form_shows_the_field_messages_in_chinese_for_a_chinese_browser()
    {
        var page = await OpenPageAsync(Chinese);
        await page.GotoAsync("account/login");

        await page.GetByTestId("sign-in").ClickAsync();

        await Expect(page.GetByText("请输入邮箱。")).ToBeVisibleAsync();
        await Expect(page.GetByText("请输入密码。")).ToBeVisibleAsync();
    }
}
