using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Core;
using Serilog.Events;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Infrastructure.Persistence;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>
/// The app with the demo company (Development, as every other test class runs it), a log sink to read,
/// and a switch to make any request fail as an unexpected error would: a request carrying
/// <see cref="FailHeader"/> gets an exception from the database factory (its value is in the message).
/// </summary>
public class HardeningAppFixture : MonthEndAppFixture
{
    public const string FailHeader = "X-Hardening-Fail";

    public LogEvents Log { get; } = new();

    protected virtual string Environment => "Development";

    protected override async Task<SalesPlanningApp> StartAppAsync()
    {
        var app = new SalesPlanningApp(await TestDatabases.CreateMigratedAsync(), demoData: true, services: s =>
        {
            s.AddSingleton<ILogEventSink>(Log);
            s.AddHttpContextAccessor();
            s.RemoveAll<ISalesPlanningDbFactory>();
            s.AddSingleton<ISalesPlanningDbFactory>(sp => new FailingOnRequest(
                ActivatorUtilities.CreateInstance<SalesPlanningDbFactory>(sp), sp.GetRequiredService<IHttpContextAccessor>()));
        }, environment: Environment);
        app.StartServer();
        return app;
    }

    /// <summary>
    /// A request to /api/v1/<paramref name="path"/> as <paramref name="email"/> (null: nobody) in
    /// <paramref name="language"/>; <paramref name="fail"/> names the failure to cause (null: none).
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        string? email, HttpMethod method, string path, HttpContent? content = null, string language = "en", string? fail = null)
    {
        using var request = new HttpRequestMessage(method, "api/v1/" + path) { Content = content };
        if (email is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email));
        }

        request.Headers.TryAddWithoutValidation("Accept-Language", language).ShouldBeTrue();
        if (fail is not null)
        {
            request.Headers.Add(FailHeader, fail);
        }

        return await SharedClient.SendAsync(request);
    }

    /// <summary>A JSON body exactly as written (for malformed or hostile JSON).</summary>
    public static HttpContent RawJson(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static HttpContent Json(object body) => JsonContent.Create(body, options: TargetsApi.Json);

    /// <summary>One value read straight from the database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters) =>
        (await QuerySqlAsync(sql, r => r.IsDBNull(0) ? default! : r.GetFieldValue<T>(0), parameters)).Single();

    private sealed class FailingOnRequest(ISalesPlanningDbFactory inner, IHttpContextAccessor http) : ISalesPlanningDbFactory
    {
        public ISalesPlanningDb CreateDbContext()
        {
            FailIfAsked();
            return inner.CreateDbContext();
        }

        public Task<ISalesPlanningDb> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            FailIfAsked();
            return inner.CreateDbContextAsync(cancellationToken);
        }

        private void FailIfAsked()
        {
            if (http.HttpContext?.Request.Headers[FailHeader] is [{ } failure, ..])
            {
                throw new InvalidOperationException($"Hardening test failure {failure}");
            }
        }
    }
}

/// <summary>The same app with ASPNETCORE_ENVIRONMENT=Production.</summary>
public sealed class ProductionAppFixture : HardeningAppFixture
{
    protected override string Environment => "Production";
}

/// <summary>Every event the app logs, kept in order.</summary>
public sealed class LogEvents : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> All => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The events that carry an exception whose message (or an inner one's) contains <paramref name="text"/>, after a moment for late writes.</summary>
    public async Task<IReadOnlyList<LogEvent>> WithExceptionAsync(string text)
    {
        await Task.Delay(300);
        return [.. _events.Where(e => e.Exception is { } ex && Contains(ex, text))];
    }

    private static bool Contains(Exception exception, string text) =>
        exception.ToString().Contains(text, StringComparison.Ordinal);
}

/// <summary>What every API error must look like.</summary>
public static class Problem
{
    /// <summary>Checks the status, application/problem+json and a trace id; returns the body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered: {text}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        body.GetProperty("status").GetInt32().ShouldBe((int)status);
        body.TryGetProperty("traceId", out var traceId).ShouldBeTrue(text);
        traceId.GetString().ShouldNotBeNullOrWhiteSpace();
        return body;
    }

    /// <summary>The messages of <c>errors[field]</c>; fails when the field has none.</summary>
    public static IReadOnlyList<string> Errors(this JsonElement problem, string field)
    {
        problem.TryGetProperty("errors", out var errors).ShouldBeTrue(problem.ToString());
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"no errors[\"{field}\"] in {problem}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    public static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
