using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// /api/v1/targets for one signed-in user (a bearer token) or for nobody. The raw calls answer the
/// response for tests about status codes; the checked ones fail the test unless the call succeeds.
/// Requests ask for English (Accept-Language: en) unless a call names another language, so that
/// messages can be checked whatever the app's default language is.
/// </summary>
public sealed class TargetsApi(HttpClient client, string? accessToken, string who)
{
    public const string DefaultLanguage = "en";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The user's e-mail, or "anonymous".</summary>
    public string Who { get; } = who;

    public static string BreakdownPath(string period, ScopeKind scope, Guid? scopeId, Metric metric, Dimension dimension) =>
        $"{period}/{scope}/{metric}/breakdowns/{dimension}" + (scopeId is null ? "" : $"?scopeId={scopeId}");

    public static string SuggestionPath(string period, ScopeKind scope, Guid? scopeId, Metric metric, Dimension dimension, SplitMethod method) =>
        $"{period}/{scope}/{metric}/breakdowns/{dimension}/suggestions/{method}" + (scopeId is null ? "" : $"?scopeId={scopeId}");

    // Raw calls: the response, whatever it is.

    /// <summary>
    /// A request to /api/v1/targets/<paramref name="path"/> with the user's token, an optional JSON body
    /// and Accept-Language <paramref name="acceptLanguage"/> (null: English; empty: no header).
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, "api/v1/targets/" + path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (acceptLanguage != "")
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage ?? DefaultLanguage).ShouldBeTrue();
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PutCompanyTargetAsync(string period, Metric metric, decimal amount, uint? version, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Put, $"{period}/company/{metric}", new { amount, version }, acceptLanguage);

    public Task<HttpResponseMessage> PutBreakdownAsync(
        string period, ScopeKind scope, Guid? scopeId, Metric metric, Dimension dimension,
        IReadOnlyDictionary<Guid, decimal> amounts, uint version, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Put, BreakdownPath(period, scope, scopeId, metric, dimension), new { amounts, version }, acceptLanguage);

    public Task<HttpResponseMessage> PostReopenAsync(string period, Guid regionId, string? comment) =>
        SendAsync(HttpMethod.Post, $"{period}/regions/{regionId}/reopen", new { comment });

    // Checked calls: fail the test unless the call answers 200.

    public Task<ScopeTargetsResponse> CompanyAsync(string period) => ReadAsync<ScopeTargetsResponse>($"{period}/company");

    public Task<ScopeTargetsResponse> RegionAsync(string period, Guid regionId) => ReadAsync<ScopeTargetsResponse>($"{period}/regions/{regionId}");

    public Task<ScopeTargetsResponse> RepAsync(string period, Guid repId) => ReadAsync<ScopeTargetsResponse>($"{period}/reps/{repId}");

    public Task<BreakdownResponse> BreakdownAsync(string period, ScopeKind scope, Guid? scopeId, Metric metric, Dimension dimension) =>
        ReadAsync<BreakdownResponse>(BreakdownPath(period, scope, scopeId, metric, dimension));

    public Task<Dictionary<Guid, decimal>> SuggestAsync(
        string period, ScopeKind scope, Guid? scopeId, Metric metric, Dimension dimension, SplitMethod method) =>
        ReadAsync<Dictionary<Guid, decimal>>(SuggestionPath(period, scope, scopeId, metric, dimension, method));

    /// <summary>Sets the company target from the version the user reads first; returns the new version.</summary>
    public async Task<uint> SetCompanyTargetAsync(string period, Metric metric, decimal amount)
    {
        var current = (await CompanyAsync(period)).For(metric);
        using var response = await PutCompanyTargetAsync(period, metric, amount, current.TargetId is null ? null : current.Version);
        return (await OkAsync<VersionResponse>(response)).Version;
    }

    /// <summary>Saves a breakdown from the version the user reads first; returns the new version.</summary>
    public async Task<uint> SaveBreakdownAsync(
        string period, ScopeKind scope, Guid? scopeId, Metric metric, Dimension dimension, IReadOnlyDictionary<Guid, decimal> amounts)
    {
        var current = await BreakdownAsync(period, scope, scopeId, metric, dimension);
        using var response = await PutBreakdownAsync(period, scope, scopeId, metric, dimension, amounts, current.Version);
        return (await OkAsync<VersionResponse>(response)).Version;
    }

    public async Task<T> ReadAsync<T>(string path)
        where T : class
    {
        using var response = await GetAsync(path);
        return await OkAsync<T>(response);
    }

    /// <summary>The body of a 200 response; fails with the status and body otherwise.</summary>
    public async Task<T> OkAsync<T>(HttpResponseMessage response)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{Who}: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {text}");
        return JsonSerializer.Deserialize<T>(text, Json).ShouldNotBeNull(text);
    }

    /// <summary>The problem details of a failed response, after checking its status.</summary>
    public static async Task<ProblemResponse> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        text.ShouldNotBeNullOrWhiteSpace();
        return JsonSerializer.Deserialize<ProblemResponse>(text, Json).ShouldNotBeNull();
    }
}
