using System.Net;
using System.Text.RegularExpressions;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Account;

/// <summary>
/// POST /account/logout as the app bar's form sends it: only with the page's antiforgery token, and it ends the
/// session on the server, so a copy of the sign-in cookie taken before no longer signs anyone in (issue 16, item 8).
/// </summary>
public partial class SignOut(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private SalesPlanningApp App => fixture.App;

    [Fact]
    public async Task RefusesAPostWithoutTheAntiforgeryTokenAndKeepsTheUserSignedIn()
    {
        await using var browser = await Browser.SignInAsync(App, DemoUsers.ManagerEast);

        using var response = await browser.Client.PostAsync("account/logout", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.MeStatusAsync()).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RefusesATokenFromAnotherSession()
    {
        await using var victim = await Browser.SignInAsync(App, DemoUsers.ManagerEast);
        await using var attacker = await Browser.SignInAsync(App, DemoUsers.Rep(1));
        var attackersToken = await attacker.SignOutTokenAsync();

        using var response = await victim.PostSignOutAsync(attackersToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await victim.MeStatusAsync()).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EndsTheSessionForEveryCopyOfTheCookie()
    {
        await using var browser = await Browser.SignInAsync(App, DemoUsers.Director);
        var copiedCookie = browser.AuthCookie;
        using var raw = App.CreateRawClient();
        (await MeWithCookieAsync(raw, copiedCookie)).ShouldBe(HttpStatusCode.OK);

        using var response = await browser.PostSignOutAsync(await browser.SignOutTokenAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith("account/login");
        (await MeWithCookieAsync(raw, copiedCookie)).ShouldBe(HttpStatusCode.Unauthorized);
        using var page = await HttpSignIn.GetWithCookieAsync(raw, "director", copiedCookie);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task LeavesTheUsersOtherSessionsSignedIn()
    {
        await using var laptop = await Browser.SignInAsync(App, DemoUsers.Admin);
        await using var phone = await Browser.SignInAsync(App, DemoUsers.Admin);

        using var response = await laptop.PostSignOutAsync(await laptop.SignOutTokenAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phone.MeStatusAsync()).ShouldBe(HttpStatusCode.OK);
        (await laptop.MeStatusAsync()).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<HttpStatusCode> MeWithCookieAsync(HttpClient client, string cookie)
    {
        using var response = await HttpSignIn.GetWithCookieAsync(client, "api/v1/me", cookie);
        return response.StatusCode;
    }

    /// <summary>A browser: its own cookie jar, signed in through the form.</summary>
    private sealed class Browser : IAsyncDisposable
    {
        private readonly HttpClientHandler handler;
        private readonly SalesPlanningApp app;

        private Browser(SalesPlanningApp app)
        {
            this.app = app;
            handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
            Client = new HttpClient(handler) { BaseAddress = app.RootUri };
        }

        public HttpClient Client { get; }

        public string AuthCookie => string.Join("; ", handler.CookieContainer.GetCookies(app.RootUri)
            .Where(c => c.Name.StartsWith(HttpSignIn.AuthCookieName, StringComparison.Ordinal))
            .Select(c => $"{c.Name}={c.Value}"));

        public static async Task<Browser> SignInAsync(SalesPlanningApp app, string email)
        {
            var browser = new Browser(app);
            var form = await browser.Client.GetStringAsync("account/login");
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = TokenIn(form),
                ["_handler"] = "login",
                ["Input.Email"] = email,
                ["Input.Password"] = DemoUsers.Password,
            });
            using var response = await browser.Client.PostAsync("account/login", content);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            browser.AuthCookie.ShouldNotBeEmpty();
            return browser;
        }

        /// <summary>The token in the app bar's sign-out form of the account page.</summary>
        public async Task<string> SignOutTokenAsync() => TokenIn(await Client.GetStringAsync("account"));

        public Task<HttpResponseMessage> PostSignOutAsync(string token) =>
            Client.PostAsync("account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
            }));

        public async Task<HttpStatusCode> MeStatusAsync()
        {
            using var response = await Client.GetAsync("api/v1/me");
            return response.StatusCode;
        }

        public ValueTask DisposeAsync()
        {
            Client.Dispose();
            handler.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private static string TokenIn(string html)
    {
        var match = TokenInput().Match(html);
        match.Success.ShouldBeTrue("The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TokenInput();
}
