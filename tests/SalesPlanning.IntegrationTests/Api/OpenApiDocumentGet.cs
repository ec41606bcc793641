using System.Net;
using System.Text.Json;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Api;

/// <summary>
/// GET /openapi/v1.json: the API's own description of itself. Endpoints answer typed results, so the document lists
/// each response with its status and schema: the answer with its own schema, a refusal with problem details
/// (validation problem details for 400).
/// </summary>
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

    /// <summary>Method, path, success status, the success's schema (a component, a file's media type, or none), the refusals.</summary>
    public static TheoryData<string, string, int, string?, string> Endpoints() => new()
    {
        { "post", "/api/v1/auth/login", 200, "AccessTokenResponse", "401" },
        { "get", "/api/v1/targets/{period}/company", 200, "ScopeTargetsView", "400 403 404 409" },
        { "put", "/api/v1/targets/{period}/company/{metric}", 200, "VersionAnswer", "400 403 404 409" },
        { "put", "/api/v1/targets/{period}/{scope}/{metric}/breakdowns/{dimension}", 200, "VersionAnswer", "400 403 404 409" },
        { "get", "/api/v1/plans/{regionId}/{period}", 200, "PlanAnswer", "400 403 404" },
        { "put", "/api/v1/plans/{planId}/sections/{section}", 200, "SectionSaved", "400 403 404 409" },
        { "post", "/api/v1/plans/{planId}/submit", 200, "PlanStatusAnswer", "400 403 404 409" },
        { "get", "/api/v1/plans/{planId}/export.xlsx", 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "403 404" },
        { "put", "/api/v1/progress/{period}/weeks/{week}", 200, "ProgressEntryView", "400 403 409" },
        { "get", "/api/v1/dashboards/trend", 200, "TrendView", "400 403" },
        { "put", "/api/v1/month-end/{planId}", 200, "VersionAnswer", "400 403 404 409" },
        { "get", "/api/v1/scorecards/{period}/rep", 200, "RepScorecardView", "400 403 404" },
        { "post", "/api/v1/incentives/plan", 200, "PlanNumberAnswer", "400 403 409" },
        { "put", "/api/v1/users/{id}", 200, "UserVersionAnswer", "400 403 404 409" },
        { "delete", "/api/v1/users/{id}", 204, null, "400 403 404" },
        { "post", "/api/v1/regions", 200, "IdAnswer", "400 403 409" },
        { "post", "/api/v1/regions/import", 200, "ImportReport", "400 403" },
        { "get", "/api/v1/regions/export", 200, "text/csv; charset=utf-8", "403" },
        { "put", "/api/v1/settings", 200, "VersionAnswer", "400 403 409" },
        { "post", "/api/v1/notifications/{id}/read", 200, "ReadAnswer", "404" },
        { "get", "/api/v1/notifications/unread-count", 200, "UnreadAnswer", "" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ListsEachResponseWithItsSchema(string method, string path, int success, string? schema, string refusals)
    {
        using var client = fixture.App.CreateRawClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json"));

        var root = document.RootElement;
        var responses = root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        var answer = responses.GetProperty(Code(success));
        if (schema is null)
        {
            answer.TryGetProperty("content", out _).ShouldBeFalse($"{method} {path}: {success} has no body");
        }
        else if (schema.Contains('/', StringComparison.Ordinal))
        {
            answer.GetProperty("content").TryGetProperty(schema, out _).ShouldBeTrue($"{method} {path}: {success} is a file of {schema}");
        }
        else
        {
            ShouldReference(root, answer, "application/json", schema, $"{method} {path}: {success}");
        }

        foreach (var refusal in refusals.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            responses.TryGetProperty(Code(refusal), out var problem).ShouldBeTrue($"{method} {path} lists {refusal}");
            ShouldReference(root, problem, "application/problem+json",
                refusal == 400 ? "HttpValidationProblemDetails" : "ProblemDetails", $"{method} {path}: {refusal}");
        }
    }

    private static string Code(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The response's <paramref name="mediaType"/> refers to the component <paramref name="schema"/>, which the document defines.</summary>
    private static void ShouldReference(JsonElement root, JsonElement response, string mediaType, string schema, string what)
    {
        response.GetProperty("content").TryGetProperty(mediaType, out var content).ShouldBeTrue($"{what} is {mediaType}");
        content.GetProperty("schema").GetProperty("$ref").GetString().ShouldBe($"#/components/schemas/{schema}", what);
        root.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").EnumerateObject()
            .ShouldNotBeEmpty($"{what}: {schema} has its members");
    }
}
