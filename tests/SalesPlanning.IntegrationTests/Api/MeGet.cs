using System.Net;
using System.Net.Http.Json;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Api;

/// <summary>GET /api/v1/me, with a bearer token, the browser's cookie, or nothing.</summary>
public class MeGet(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private SalesPlanningApp App => fixture.App;

    [Fact]
    public async Task Answers401WithoutARedirectToAnonymousCallers()
    {
        using var client = App.CreateRawClient();

        using var response = await client.GetAsync("api/v1/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task Answers401ToAnInvalidBearerToken()
    {
        using var client = App.CreateRawClient();

        using var response = await HttpSignIn.GetMeWithBearerAsync(client, "not-a-token");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task AcceptsTheCookieOfTheBrowserSignInForm()
    {
        var cookie = await HttpSignIn.SignInWithFormAsync(App, DemoUsers.Rep(9));
        using var client = App.CreateRawClient();

        using var response = await HttpSignIn.GetWithCookieAsync(client, "api/v1/me", cookie);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await response.Content.ReadFromJsonAsync<MeResponse>();
        me.ShouldNotBeNull();
        me.Email.ShouldBe(DemoUsers.Rep(9));
        me.Roles.ShouldBe(["Rep"]);
        var region = me.Regions.ShouldHaveSingleItem();
        region.RegionCode.ShouldBe("NORTH");
        region.Role.ShouldBe("Rep");
    }

    [Fact]
    public async Task ShowsTheDirectorWithNoRegions()
    {
        using var client = App.CreateRawClient();
        var tokens = await HttpSignIn.LoginAsync(client, DemoUsers.Director);

        using var response = await HttpSignIn.GetMeWithBearerAsync(client, tokens.AccessToken);

        var me = await response.Content.ReadFromJsonAsync<MeResponse>();
        me.ShouldNotBeNull();
        me.Roles.ShouldBe(["Director"]);
        me.Regions.ShouldBeEmpty();
    }
}
