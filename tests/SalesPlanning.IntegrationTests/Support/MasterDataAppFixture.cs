using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Settings;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// The app with the demo company on a database of its own (one per test class), the master data
/// and settings services on the same database, and raw /api/v1 calls as any demo user.
/// </summary>
public class MasterDataAppFixture : TargetsAppFixture
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);
    private HttpClient? _raw;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _raw = App.CreateRawClient();
    }

    public override async Task DisposeAsync()
    {
        _raw?.Dispose();
        await base.DisposeAsync();
    }

    public MasterDataQueries MasterDataQueries() => new(TestDatabases.CreateFactory(ConnectionString));

    public MasterDataImportService Import() =>
        new(TestDatabases.CreateFactory(ConnectionString), TimeProvider.System, NullLogger<MasterDataImportService>.Instance);

    public SettingsService Settings() =>
        new(TestDatabases.CreateFactory(ConnectionString), TimeProvider.System, NullLogger<SettingsService>.Instance);

    /// <summary>
    /// A request to /api/v1/<paramref name="path"/> as <paramref name="email"/> (null: nobody signed in), with a JSON or
    /// CSV body, asking for answers in <paramref name="language"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(string? email, HttpMethod method, string path, object? json = null, string? csv = null, string language = "en")
    {
        var client = _raw ?? throw new InvalidOperationException("The app has not started.");
        using var request = new HttpRequestMessage(method, "api/v1/" + path);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        if (email is not null)
        {
            var token = await _tokens.GetOrAdd(email, e => new Lazy<Task<string>>(async () => (await HttpSignIn.LoginAsync(client, e)).AccessToken)).Value;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = JsonContent.Create(json, options: TargetsApi.Json);
        }
        else if (csv is not null)
        {
            request.Content = new StringContent(csv, Encoding.UTF8, "text/csv");
        }

        return await client.SendAsync(request);
    }

    /// <summary>Audit rows of one entity type and key, oldest first: (action, field, old, new).</summary>
    public Task<List<(string Action, string? Field, string? Old, string? New)>> AuditAsync(string entityType, string key) =>
        QuerySqlAsync(
            "SELECT action, field, old_value, new_value FROM audit_entries WHERE entity_type = @p0 AND entity_key = @p1 ORDER BY id",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)),
            entityType, key);

    public async Task<long> CountAsync(string table) =>
        (await QuerySqlAsync($"SELECT count(*) FROM {table}", r => r.GetInt64(0))).Single();
}
