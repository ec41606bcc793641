using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.People;

/// <summary>
/// Deactivating a user: they cannot sign in, their existing cookie and bearer token stop working
/// (the app here checks sessions every second), and their history stays. Reactivating lets them back in.
/// </summary>
public class UserDeactivation(PeopleAppFixture fixture) : IClassFixture<PeopleAppFixture>
{
    [Fact]
    public async Task EndsSessionsRefusesSignInAndKeepsHistory()
    {
        var rep = DemoUsers.Rep(6);
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        var repApi = await fixture.AsAsync(rep);
        var cookie = await HttpSignIn.SignInWithFormAsync(fixture.App, rep);
        using var client = fixture.App.CreateRawClient();
        (await HttpSignIn.GetWithCookieAsync(client, "api/v1/me", cookie)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await repApi.SendAsync(HttpMethod.Get, "me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = (await admin.FindAsync(rep)).Id;
        int actualsBefore;
        await using (var db = TestDatabases.CreateContext(fixture.App.ConnectionString))
        {
            actualsBefore = await db.MonthlyActuals.CountAsync(a => a.RepId == id);
        }

        using var deactivate = await admin.SendAsync(HttpMethod.Post, $"users/{id}/deactivate");
        deactivate.StatusCode.ShouldBe(HttpStatusCode.OK, await deactivate.Content.ReadAsStringAsync());
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        (await repApi.SendAsync(HttpMethod.Get, "me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await HttpSignIn.GetWithCookieAsync(client, "api/v1/me", cookie)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await HttpSignIn.GetWithCookieAsync(client, "rep", cookie);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("account/login");
        (await HttpSignIn.PostLoginAsync(client, rep, DemoUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await HttpSignIn.PostLoginFormAsync(fixture.App, rep, DemoUsers.Password)).AuthCookie.ShouldBeEmpty();

        var kept = await admin.FindAsync(rep);
        kept.IsActive.ShouldBeFalse();
        kept.RepIn.ShouldBe(["SOUTH"]);
        await using (var db = TestDatabases.CreateContext(fixture.App.ConnectionString))
        {
            (await db.MonthlyActuals.CountAsync(a => a.RepId == id)).ShouldBe(actualsBefore);
            actualsBefore.ShouldBeGreaterThan(0);
        }

        using var reactivate = await admin.SendAsync(HttpMethod.Post, $"users/{id}/reactivate");
        reactivate.StatusCode.ShouldBe(HttpStatusCode.OK);
        await HttpSignIn.LoginAsync(client, rep);
    }

    [Fact]
    public async Task RefusesAnAdminDeactivatingThemselves()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        var id = (await admin.FindAsync(DemoUsers.Admin)).Id;

        using var response = await admin.SendAsync(HttpMethod.Post, $"users/{id}/deactivate");

        (await PeopleApi.ProblemErrorsAsync(response))[""].ShouldBe(["You cannot do this to your own account."]);
    }
}
