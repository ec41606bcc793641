using System.Net;
using System.Net.Http.Headers;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>
/// Issue 16, items 2–4: whatever goes wrong under /api answers problem details
/// (application/problem+json, a trace id, the caller's language), in Development and in Production
/// alike; pages keep their HTML error page.
/// </summary>
public abstract partial class ApiErrorAnswer<TFixture>(TFixture fixture)
    where TFixture : HardeningAppFixture
{
    private const string Zero = "00000000-0000-0000-0000-000000000000";

    protected TFixture Fixture => fixture;

    public static TheoryData<string, string> FailingRequests => new()
    {
        { "GET", "regions" },
        { "POST", "regions" },
        { "PUT", "regions/{east}" },
        { "PUT", "settings" },
        { "DELETE", "regions/{east}" },
    };

    [Theory]
    [MemberData(nameof(FailingRequests))]
    public async Task AnswersAnUnexpectedErrorWithProblemDetailsAndATraceId(string method, string path)
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Admin, new HttpMethod(method), path.Replace("{east}", fixture.Ids.East.ToString(), StringComparison.Ordinal),
                ValidBody(path), language, fail: Guid.NewGuid().ToString());

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
            var title = problem.GetProperty("title").GetString()!;
            Problem.IsChinese(title).ShouldBe(language == "zh-CN", title);
            problem.ToString().ShouldNotContain("Hardening test failure");
        }
    }

    [Fact]
    public async Task LogsTheUnexpectedErrorOnce()
    {
        var failure = Guid.NewGuid().ToString();

        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings", ValidBody("settings"), fail: failure);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await fixture.Log.WithExceptionAsync(failure)).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("targets/2026-12/regions/" + Zero)]
    [InlineData("targets/2026-12/reps/" + Zero)]
    public async Task AnswersABrokenDomainRuleWith400(string path)
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Get, path, language: language);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Problem.IsChinese(problem.GetProperty("title").GetString()!).ShouldBe(language == "zh-CN");
            problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        (await fixture.Log.WithExceptionAsync("Choose the")).ShouldBeEmpty("a broken rule is the caller's mistake, not an error to log with its stack");
    }

    /// <summary>Who asks, how, where; the status the API answers without a body of its own.</summary>
    public static TheoryData<string?, string, string, int> BareStatuses => new()
    {
        { null, "GET", "users", 401 },
        { DemoUsers.Rep(1), "GET", "users", 403 },
        { DemoUsers.Admin, "GET", "no-such-resource", 404 },
        { DemoUsers.Admin, "DELETE", "settings", 405 },
        { DemoUsers.Admin, "GET", "users/" + Zero, 404 },
    };

    [Theory]
    [MemberData(nameof(BareStatuses))]
    public async Task AnswersEveryErrorStatusWithProblemDetails(string? email, string method, string path, int status)
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(email, new HttpMethod(method), path, language: language);

            var problem = await response.ShouldBeProblemAsync((HttpStatusCode)status);
            Problem.IsChinese(problem.GetProperty("title").GetString()!).ShouldBe(language == "zh-CN");
        }
    }

    [Fact]
    public async Task KeepsTheHtmlErrorPageForPages()
    {
        var cookie = await HttpSignIn.SignInWithFormAsync(fixture.App, DemoUsers.Admin);
        using var client = fixture.App.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "admin/regions");
        request.Headers.Add("Cookie", cookie);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Add(HardeningAppFixture.FailHeader, Guid.NewGuid().ToString());

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
    }

    private static HttpContent? ValidBody(string path) => path switch
    {
        "regions" => HardeningAppFixture.Json(new { code = "FAIL1", name = "Fails" }),
        "regions/{east}" => HardeningAppFixture.Json(new { code = "EAST", name = "East", version = 1 }),
        "settings" => HardeningAppFixture.RawJson(Settings),
        _ => null,
    };

    private const string Settings = """
        {"companyName":"Demo","currencyCode":"CNY","currencySymbol":"¥","reviewDeadlineDays":5,"repSevereRatePercent":60,"repSevereMonths":2,
         "repWarningRatePercent":80,"repWarningMonths":2,"regionRatePercent":80,"regionMonths":2,"midMonthPaceCheck":true,"kpiScoreCapPercent":120,
         "fiscalYearFirstMonth":1,"version":0}
        """;
}

public class ApiErrorAnswerInDevelopment(HardeningAppFixture fixture)
    : ApiErrorAnswer<HardeningAppFixture>(fixture), IClassFixture<HardeningAppFixture>;

public class ApiErrorAnswerInProduction(ProductionAppFixture fixture)
    : ApiErrorAnswer<ProductionAppFixture>(fixture), IClassFixture<ProductionAppFixture>
{
    [Fact]
    public async Task AnswersAnUnexpectedErrorOnAPutWithItsStatusNot405()
    {
        using var response = await Fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings",
            HardeningAppFixture.RawJson("""{"companyName":"x"}"""), fail: Guid.NewGuid().ToString());

        // Binding refuses the incomplete body before the service runs: still problem details, never 405.
        response.StatusCode.ShouldNotBe(HttpStatusCode.MethodNotAllowed);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
