using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hosting;

/// <summary>Serilog.AspNetCore's request logging: one line per request, nothing secret in it.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the app through IAsyncLifetime.DisposeAsync.")]
public class RequestLogging : IAsyncLifetime
{
    private const string Source = "Serilog.AspNetCore.RequestLoggingMiddleware";
    private static readonly string[] LineProperties = ["RequestMethod", "RequestPath", "StatusCode", "User"];
    private readonly CollectingSink sink = new();
    private SalesPlanningApp app = default!;

    public async Task InitializeAsync()
    {
        app = new SalesPlanningApp(
            await TestDatabases.CreateMigratedAsync(),
            demoData: true,
            settings: new Dictionary<string, string?> { [$"Serilog:MinimumLevel:Override:{Source}"] = "Information" },
            services: s => s.AddSingleton<ILogEventSink>(sink));
        app.StartServer();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task WritesOneLinePerRequestWithMethodPathStatusElapsedAndUser()
    {
        using var client = app.CreateRawClient();
        var token = (await HttpSignIn.LoginAsync(client, DemoUsers.Director)).AccessToken;
        sink.Clear();

        using (await client.GetAsync("health/live")) { }
        using (await SendAsync(client, HttpMethod.Get, "api/v1/me", token)) { }
        using (await client.GetAsync("api/v1/me")) { }
        using (await client.GetAsync("no-such-page")) { }

        var lines = await sink.WaitForAsync(Source, 4);
        lines.Select(Line).ShouldBe(
        [
            "GET /health/live 200 -",
            $"GET /api/v1/me 200 {DemoUsers.Director}",
            "GET /api/v1/me 401 -",
            "GET /no-such-page 404 -",
        ]);
        lines.ShouldAllBe(e => (double)((ScalarValue)e.Properties["Elapsed"]).Value! > 0);
        lines.ShouldAllBe(e => e.MessageTemplate.Text == "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {User}");
    }

    [Fact]
    public async Task NamesTheRegionWhenTheRouteHasOne()
    {
        using var client = app.CreateRawClient();
        var token = (await HttpSignIn.LoginAsync(client, DemoUsers.Director)).AccessToken;
        var regionId = Guid.CreateVersion7();
        sink.Clear();

        using (await SendAsync(client, HttpMethod.Get, $"api/v1/plans/{regionId}/2026-12", token)) { }

        var line = (await sink.WaitForAsync(Source, 1)).Single();
        line.Properties["Region"].ToString().ShouldBe($"\"{regionId}\"");
    }

    [Fact]
    public async Task NeverWritesTheQueryStringATokenOrAPassword()
    {
        using var client = app.CreateRawClient();
        var token = (await HttpSignIn.LoginAsync(client, DemoUsers.Director, DemoUsers.Password)).AccessToken;
        sink.Clear();

        using (await SendAsync(client, HttpMethod.Get, "api/v1/me?token=s3cr3t-query&password=hunter2-query", token)) { }
        using (await HttpSignIn.PostLoginAsync(client, DemoUsers.Director, "hunter2-body")) { }

        var lines = await sink.WaitForAsync(Source, 2);
        lines.Select(Line).ShouldBe([$"GET /api/v1/me 200 {DemoUsers.Director}", "POST /api/v1/auth/login 401 -"]);
        var everything = string.Join("\n", sink.All.Select(e => e.RenderMessage(null) + " " + string.Join(" ", e.Properties.Values)));
        foreach (var secret in new[] { "s3cr3t-query", "hunter2", token, DemoUsers.Password, "password=" })
        {
            everything.ShouldNotContain(secret, Case.Insensitive);
        }
    }

    private static string Line(LogEvent e) =>
        string.Join(" ", LineProperties.Select(p => Text(e.Properties[p])));

    private static string Text(LogEventPropertyValue value) =>
        value is ScalarValue { Value: string s } ? s : value.ToString();

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    /// <summary>Every event the app logs, kept in order.</summary>
    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public IReadOnlyList<LogEvent> All => [.. events];

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        public void Clear() => events.Clear();

        /// <summary>The events of <paramref name="source"/> once there are <paramref name="count"/> (a request is logged as it ends).</summary>
        public async Task<IReadOnlyList<LogEvent>> WaitForAsync(string source, int count)
        {
            for (var i = 0; i < 50; i++)
            {
                var found = Of(source);
                if (found.Count >= count)
                {
                    await Task.Delay(200);
                    return Of(source);
                }

                await Task.Delay(100);
            }

            return Of(source);
        }

        private List<LogEvent> Of(string source) =>
            [.. events.Where(e => e.Properties.TryGetValue("SourceContext", out var s) && s.ToString() == $"\"{source}\"")];
    }
}
