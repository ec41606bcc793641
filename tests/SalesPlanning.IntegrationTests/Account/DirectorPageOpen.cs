using System.Net;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Account;

/// <summary>GET /director: pages declare their roles and the sign-in cookie carries them.</summary>
public class DirectorPageOpen(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private SalesPlanningApp App => fixture.App;

    [Fact]
    public async Task RedirectsAnAnonymousVisitorToSignIn()
    {
        using var client = App.CreateRawClient();

        using var response = await client.GetAsync("director");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(App.RootUri, response.Headers.Location!).AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task RedirectsARepToAccessDenied()
    {
        var cookie = await HttpSignIn.SignInWithFormAsync(App, DemoUsers.Rep(4));
        using var client = App.CreateRawClient();

        using var response = await HttpSignIn.GetWithCookieAsync(client, "director", cookie);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(App.RootUri, response.Headers.Location!).AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task ShowsTheDirectorTheirPage()
    {
        var cookie = await HttpSignIn.SignInWithFormAsync(App, DemoUsers.Director);
        using var client = App.CreateRawClient();

        using var response = await HttpSignIn.GetWithCookieAsync(client, "director", cookie);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
