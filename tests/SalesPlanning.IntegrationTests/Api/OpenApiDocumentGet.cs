using System.Net;
using System.Text.Json;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Api;

/// <summary>GET /openapi/v1.json: the API's own description of itself.</summary>
public class OpenApiDocumentGet(EmptyAppFixture fixture) : IClassFixture<EmptyAppFixture>
{
    [Fact]
    public async Task ListsMeLoginAndRefreshButNoRegistration()
    {
        using var client = fixture.App.CreateRawClient();

        using var response = await client.GetAsync("openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/me");
        paths.ShouldContain("/api/v1/auth/login");
        paths.ShouldContain("/api/v1/auth/refresh");
        paths.ShouldNotContain(p => p.Contains("register", StringComparison.OrdinalIgnoreCase));
        paths.ShouldAllBe(p => p.StartsWith("/api/", StringComparison.Ordinal));
    }
}
