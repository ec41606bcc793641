using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Application.Progress;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>The app with the demo company, plus the progress services on its database and an API caller per user.</summary>
public class ProgressAppFixture : TargetsAppFixture
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _progressTokens = new(StringComparer.Ordinal);
    private HttpClient? _http;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _http = App.CreateRawClient();
    }

    public override async Task DisposeAsync()
    {
        _http?.Dispose();
        await base.DisposeAsync();
    }

    public ProgressService CreateProgressService()
    {
        var contexts = TestDatabases.CreateFactory(ConnectionString);
        return new ProgressService(contexts, new DashboardService(contexts, new ActualsQuery(contexts), TimeProvider.System), TimeProvider.System,
            NullLogger<ProgressService>.Instance);
    }

    public ActualsQuery CreateActualsQuery() => new(TestDatabases.CreateFactory(ConnectionString));

    public HistoryImportService CreateImportService() =>
        new(TestDatabases.CreateFactory(ConnectionString), TimeProvider.System, NullLogger<HistoryImportService>.Instance);

    /// <summary>An API caller as <paramref name="email"/> (null: nobody signed in).</summary>
    public async Task<ProgressApi> ApiAsync(string? email)
    {
        var http = _http ?? throw new InvalidOperationException("The app has not started.");
        if (email is null)
        {
            return new ProgressApi(http, null);
        }

        var token = await _progressTokens.GetOrAdd(email, e => new Lazy<Task<string>>(async () => (await HttpSignIn.LoginAsync(http, e)).AccessToken)).Value;
        return new ProgressApi(http, token);
    }
}

/// <summary>/api/v1 progress, achievement and history-import calls for one user, in English.</summary>
public sealed class ProgressApi(HttpClient client, string? token)
{
    public static object Week(decimal amount, long volume, decimal collections, uint? version = null, object[]? lines = null, int orders = 1, string? note = null) =>
        new { salesAmount = amount, salesVolume = volume, collections, orders, newCustomers = 0, existingCustomerVisits = 2, calls = 5, lostCustomers = 0, note, lines, version };

    /// <summary>The version a successful save answered (the save must have answered 200).</summary>
    public static async Task<uint> VersionOfAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        using var answer = JsonDocument.Parse(text);
        return answer.RootElement.GetProperty("version").GetUInt32();
    }

    public Task<HttpResponseMessage> PutWeekAsync(string period, int week, object body, string language = "en") =>
        SendAsync(HttpMethod.Put, $"api/v1/progress/{period}/weeks/{week}", JsonContent.Create(body, options: TargetsApi.Json), language);

    public Task<HttpResponseMessage> GetMonthAsync(string period, Guid? repId = null) =>
        SendAsync(HttpMethod.Get, $"api/v1/progress/{period}" + (repId is null ? "" : $"?repId={repId}"), null);

    public Task<HttpResponseMessage> GetAchievementAsync(string period, string scope, Guid? id = null) =>
        SendAsync(HttpMethod.Get, $"api/v1/achievement?period={period}&scope={scope}" + (id is null ? "" : $"&id={id}"), null);

    public Task<HttpResponseMessage> PostImportAsync(string csv, bool preview = false) =>
        SendAsync(HttpMethod.Post, preview ? "api/v1/history-import/preview" : "api/v1/history-import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string language = "en")
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return await client.SendAsync(request);
    }
}
