using System.Text.RegularExpressions;
using System.Net;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>
/// Issue 16 (9): every answer in Production — a page, the API refusing a caller, a missing page, a file, the
/// health check — says nosniff, a referrer policy and no framing by other sites.
/// </summary>
public class SecurityHeadersSent(ProductionAppFixture fixture) : IClassFixture<ProductionAppFixture>
{
    [Theory]
    [InlineData("account/login", HttpStatusCode.OK)]
    [InlineData("api/v1/regions", HttpStatusCode.Unauthorized)]
    [InlineData("no/such/page", HttpStatusCode.NotFound)]
    [InlineData("app.css", HttpStatusCode.OK)]
    [InlineData("health/live", HttpStatusCode.OK)]
    public async Task Every_answer_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = fixture.App.CreateRawClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(status);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["SAMEORIGIN"]);
        var policy = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        policy.ShouldContain("default-src 'self'");
        policy.ShouldMatch("script-src 'self' 'nonce-[A-Za-z0-9_-]{22}';");
        policy.ShouldContain($"connect-src 'self' ws://{fixture.App.RootUri.Authority}");
        policy.ShouldContain("object-src 'none'");
        policy.ShouldContain("frame-ancestors 'self'");
        policy.ShouldNotContain("unsafe-eval");
    }

    [Fact]
    public async Task A_pages_one_inline_script_carries_the_nonce_of_its_answer_and_no_other_answer_has_it()
    {
        using var client = fixture.App.CreateRawClient();

        using var first = await client.GetAsync("account/login");
        using var second = await client.GetAsync("account/login");

        var nonce = NonceOf(first);
        nonce.ShouldNotBe(NonceOf(second));
        var html = await first.Content.ReadAsStringAsync();
        var inlineScripts = Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>");
        inlineScripts.ShouldNotBeEmpty();
        inlineScripts.ShouldAllBe(m => m.Value.Contains($"nonce=\"{nonce}\""));
    }

    private static string NonceOf(HttpResponseMessage response) =>
        Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
}
