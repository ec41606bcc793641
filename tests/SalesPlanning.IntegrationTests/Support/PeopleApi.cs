using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.People;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>The app with the demo company, checking sessions every second, for the people tests; one per test class.</summary>
public sealed class PeopleAppFixture : IAsyncLifetime
{
    private SalesPlanningApp? _app;

    public SalesPlanningApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() =>
        _app = await SalesPlanningApp.StartAsync(demoData: true, new Dictionary<string, string?> { ["SalesPlanning:SessionCheckSeconds"] = "1" });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A bearer-token client for a user (English messages).</summary>
    public async Task<PeopleApi> AsAsync(string email, string password = DemoUsers.Password)
    {
        var client = App.CreateRawClient();
        var tokens = await HttpSignIn.LoginAsync(client, email, password);
        return new PeopleApi(client, tokens.AccessToken);
    }

    public PeopleApi Anonymous => new(App.CreateRawClient(), null);

    public async Task<List<AuditEntry>> AuditAsync(string entityKeyPart)
    {
        await using var db = TestDatabases.CreateContext(App.ConnectionString);
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityKey.Contains(entityKeyPart)).OrderBy(a => a.Id).ToListAsync();
    }
}

/// <summary>/api/v1/users, /audit and /me for one caller.</summary>
public sealed class PeopleApi(HttpClient client, string? accessToken)
{
    public static readonly JsonSerializerOptions Json = TargetsApi.Json;

    public string? AccessToken { get; } = accessToken;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, "api/v1/" + path);
        if (AccessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        }

        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        request.Content = content ?? (body is null ? null : JsonContent.Create(body, options: Json));
        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> CreateRawAsync(string email, string name, string[] roles, string[]? repIn = null, string[]? managerOf = null) =>
        SendAsync(HttpMethod.Post, "users", new { email, displayName = name, roles, repIn = repIn ?? [], managerOf = managerOf ?? [] });

    public async Task<CreatedUser> CreateAsync(string email, string name, string[] roles, string[]? repIn = null, string[]? managerOf = null)
    {
        using var response = await CreateRawAsync(email, name, roles, repIn, managerOf);
        return await ReadAsync<CreatedUser>(response);
    }

    public async Task<UserListItem> FindAsync(string email)
    {
        using var response = await SendAsync(HttpMethod.Get, $"users?search={Uri.EscapeDataString(email)}");
        var page = await ReadAsync<UserPage>(response);
        return page.Items.Single(u => u.Email == email);
    }

    public Task<HttpResponseMessage> ImportAsync(string csv, bool preview = false) =>
        SendAsync(HttpMethod.Post, "users/import" + (preview ? "?preview=true" : ""),
            content: new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)])
            {
                Headers = { ContentType = new MediaTypeHeaderValue("text/csv") },
            });

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public static async Task<Dictionary<string, string[]>> ProblemErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>(Json)!;
    }
}
