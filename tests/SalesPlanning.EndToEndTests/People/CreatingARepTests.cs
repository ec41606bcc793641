using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.People;

/// <summary>
/// Issue 6's scenario: an admin creates a rep in a region; the rep signs in with the one-time
/// password, must choose their own, and then sees their (empty) targets.
/// </summary>
public sealed class CreatingARepTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_admin_creates_a_rep_who_changes_the_one_time_password_and_sees_their_targets()
    {
        var admin = await OpenPageAsync(English);
        await SignInAsync(admin, DemoUsers.Admin);
        await admin.GotoAsync("admin/users");
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Users");
        await WaitForCircuitAsync(admin);

        await Expect(admin.GetByTestId("user-email").First).ToBeVisibleAsync();

        await admin.GetByTestId("new-user").ClickAsync();
        await admin.GetByTestId("new-email").FillAsync("new.rep@demo.local");
        await admin.GetByTestId("new-name").FillAsync("孙新 Sun Xin");
        await admin.GetByTestId("new-roles").GetByText("Sales rep", new() { Exact = true }).ClickAsync();
        await admin.GetByTestId("new-rep-in").GetByText(new System.Text.RegularExpressions.Regex("^EAST")).ClickAsync();
        await admin.GetByTestId("create-user").ClickAsync();

        var passwordCell = admin.GetByTestId("one-time-password");
        await Expect(passwordCell).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^.{12}$"));
        var oneTimePassword = await passwordCell.InnerTextAsync();
        await admin.GetByTestId("close-one-time").ClickAsync();
        await admin.GetByTestId("user-search").FillAsync("new.rep");
        await admin.GetByTestId("user-search-go").ClickAsync();
        await Expect(admin.GetByTestId("user-email")).ToHaveCountAsync(1);
        await Expect(admin.GetByTestId("user-email")).ToHaveTextAsync("new.rep@demo.local");
        await Expect(admin.GetByTestId("users-grid")).ToContainTextAsync("EAST");
        await Expect(admin.GetByTestId("users-grid")).ToContainTextAsync("One-time password not yet changed");

        var rep = await OpenPageAsync(English);
        await SignInAsync(rep, "new.rep@demo.local", oneTimePassword);
        await Expect(rep).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password"));
        await Expect(rep.GetByTestId("must-change-password")).ToBeVisibleAsync();
        await rep.GotoAsync("targets");
        await Expect(rep).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password\\?returnUrl=%2Ftargets"));

        await rep.Locator("#current").FillAsync(oneTimePassword);
        await rep.Locator("#new").FillAsync("short");
        await rep.Locator("#confirm").FillAsync("short");
        await rep.GetByTestId("change-password").ClickAsync();
        await Expect(rep.GetByText("Too short: at least 8 characters.")).ToBeVisibleAsync();

        await rep.Locator("#current").FillAsync(oneTimePassword);
        await rep.Locator("#new").FillAsync("SunXin#2026");
        await rep.Locator("#confirm").FillAsync("SunXin#2026");
        await rep.GetByTestId("change-password").ClickAsync();

        await Expect(rep).ToHaveURLAsync(UrlOf("/targets"));
        await Expect(rep.Locator("h1")).ToHaveTextAsync("Targets and breakdowns");
        await WaitForCircuitAsync(rep);
        await Expect(rep.GetByTestId("scope-Rep")).ToBeVisibleAsync();
        await Expect(rep.GetByTestId("scope-Rep")).ToContainTextAsync("My targets");
        await Expect(rep.GetByTestId("current-user")).ToHaveTextAsync("孙新 Sun Xin");

        await admin.ReloadAsync();
        await WaitForCircuitAsync(admin);
        await admin.GetByTestId("user-search").FillAsync("new.rep");
        await admin.GetByTestId("user-search-go").ClickAsync();
        await Expect(admin.GetByTestId("user-email")).ToHaveCountAsync(1);
        await Expect(admin.GetByTestId("users-grid")).Not.ToContainTextAsync("One-time password not yet changed");
        await Expect(admin.GetByTestId("delete-user")).ToHaveCountAsync(0);
    }
}
