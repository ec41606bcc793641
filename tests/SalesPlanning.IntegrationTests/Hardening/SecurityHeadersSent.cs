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
        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["frame-ancestors 'self'"]);
    }
}
