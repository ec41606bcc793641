using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>Signs in the two ways the app offers: the API's bearer token and the browser's form.</summary>
public static partial class HttpSignIn
{
    public const string AuthCookieName = "SalesPlanning.Auth";

    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("api/v1/auth/login", new { email, password });

    /// <summary>POST /api/v1/auth/login; fails the test unless it answers 200 with tokens.</summary>
    public static async Task<TokenResponse> LoginAsync(HttpClient client, string email, string password = DemoUsers.Password)
    {
        using var response = await PostLoginAsync(client, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var tokens = await response.Content.ReadFromJsonAsync<TokenResponse>();
        tokens.ShouldNotBeNull();
        tokens.AccessToken.ShouldNotBeNullOrWhiteSpace();
        tokens.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        return tokens;
    }

    public static Task<HttpResponseMessage> PostRefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken });

    /// <summary>GET /api/v1/me with a bearer token.</summary>
    public static Task<HttpResponseMessage> GetMeWithBearerAsync(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.SendAsync(request);
    }

    /// <summary>GET <paramref name="path"/> with a Cookie header, on a client that keeps no cookies itself.</summary>
    public static Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookieHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieHeader);
        return client.SendAsync(request);
    }

    /// <summary>
    /// Signs in through the static form at /account/login as a browser does (GET the form with its
    /// antiforgery token, POST it back) and returns the response to the POST and the cookies set.
    /// </summary>
    public static async Task<FormSignIn> PostLoginFormAsync(SalesPlanningApp app, string email, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = app.RootUri };

        var form = await client.GetStringAsync("account/login");
        var token = AntiforgeryToken(form);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        using var response = await client.PostAsync("account/login", content);
        var body = await response.Content.ReadAsStringAsync();
        var authCookie = string.Join("; ", cookies.GetCookies(app.RootUri)
            .Where(c => c.Name.StartsWith(AuthCookieName, StringComparison.Ordinal))
            .Select(c => $"{c.Name}={c.Value}"));
        return new FormSignIn(response.StatusCode, response.Headers.Location, body, authCookie);
    }

    /// <summary>Signs in through the form and returns the Cookie header that carries the sign-in.</summary>
    public static async Task<string> SignInWithFormAsync(SalesPlanningApp app, string email, string password = DemoUsers.Password)
    {
        var signIn = await PostLoginFormAsync(app, email, password);
        signIn.Status.ShouldBe(HttpStatusCode.Redirect, signIn.Body);
        signIn.AuthCookie.ShouldNotBeNullOrEmpty();
        return signIn.AuthCookie;
    }

    private static string AntiforgeryToken(string html)
    {
        var input = AntiforgeryInput().Match(html);
        input.Success.ShouldBeTrue("The sign-in form has no antiforgery token.");
        var value = ValueAttribute().Match(input.Value);
        value.Success.ShouldBeTrue("The antiforgery input has no value.");
        return WebUtility.HtmlDecode(value.Groups[1].Value);
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}

/// <summary>What the form POST answered, and the sign-in cookie (empty when none was set).</summary>
public sealed record FormSignIn(HttpStatusCode Status, Uri? Location, string Body, string AuthCookie);
