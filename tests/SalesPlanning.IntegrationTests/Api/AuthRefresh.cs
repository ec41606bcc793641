using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Api;

/// <summary>POST /api/v1/auth/refresh.</summary>
public class AuthRefresh(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private SalesPlanningApp App => fixture.App;

    [Fact]
    public async Task IssuesANewTokenThatMeAccepts()
    {
        using var client = App.CreateRawClient();
        var tokens = await HttpSignIn.LoginAsync(client, DemoUsers.Rep(1));

        using var response = await HttpSignIn.PostRefreshAsync(client, tokens.RefreshToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refreshed = await response.Content.ReadFromJsonAsync<TokenResponse>();
        refreshed.ShouldNotBeNull();
        refreshed.TokenType.ShouldBe("Bearer");
        refreshed.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        using var me = await HttpSignIn.GetMeWithBearerAsync(client, refreshed.AccessToken);
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await me.Content.ReadFromJsonAsync<MeResponse>()).ShouldNotBeNull().Email.ShouldBe(DemoUsers.Rep(1));
    }

    [Fact]
    public async Task RejectsAGarbageTokenWith401()
    {
        using var client = App.CreateRawClient();

        using var response = await HttpSignIn.PostRefreshAsync(client, "not-a-refresh-token");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task RejectsAnAccessTokenInPlaceOfARefreshToken()
    {
        using var client = App.CreateRawClient();
        var tokens = await HttpSignIn.LoginAsync(client, DemoUsers.Rep(2));

        using var response = await HttpSignIn.PostRefreshAsync(client, tokens.AccessToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task StopsWorkingOnceTheUserIsDeactivated()
    {
        using var client = App.CreateRawClient();
        var user = DemoUsers.Rep(3);
        var tokens = await HttpSignIn.LoginAsync(client, user);

        await using (var db = TestDatabases.CreateContext(App.ConnectionString))
        {
            (await db.Users.Where(u => u.Email == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false))).ShouldBe(1);
        }

        using var response = await HttpSignIn.PostRefreshAsync(client, tokens.RefreshToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
