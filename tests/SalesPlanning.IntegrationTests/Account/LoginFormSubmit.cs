using System.Net;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Account;

/// <summary>The static sign-in form at /account/login, posted as a browser posts it.</summary>
public class LoginFormSubmit(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private SalesPlanningApp App => fixture.App;

    [Fact]
    public async Task RendersAFormWithAnAntiforgeryToken()
    {
        using var client = App.CreateRawClient();

        using var response = await client.GetAsync("account/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("name=\"__RequestVerificationToken\"");
        html.ShouldContain("name=\"_handler\" value=\"login\"");
        html.ShouldContain("name=\"Input.Email\"");
        html.ShouldContain("name=\"Input.Password\"");
    }

    [Fact]
    public async Task RedirectsHomeAndSetsTheSignInCookie()
    {
        var signIn = await HttpSignIn.PostLoginFormAsync(App, DemoUsers.Director, DemoUsers.Password);

        signIn.Status.ShouldBe(HttpStatusCode.Redirect, signIn.Body);
        signIn.Location.ShouldNotBeNull();
        new Uri(App.RootUri, signIn.Location).AbsolutePath.ShouldBe("/");
        signIn.AuthCookie.ShouldStartWith(HttpSignIn.AuthCookieName);
    }

    [Fact]
    public async Task ShowsAnErrorAndSetsNoCookieForAWrongPassword()
    {
        var signIn = await HttpSignIn.PostLoginFormAsync(App, DemoUsers.Admin, "Wrong#2026");

        signIn.Status.ShouldBe(HttpStatusCode.OK);
        signIn.Body.ShouldContain("data-testid=\"sign-in-error\"");
        signIn.AuthCookie.ShouldBeEmpty();
    }
}
