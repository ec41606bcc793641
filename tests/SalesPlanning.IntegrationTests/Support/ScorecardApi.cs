using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// /api/v1/scorecards/{period}/… for one signed-in user (a bearer token) or for nobody; English unless a call
/// names another language. Raw calls answer the response; checked ones fail the test unless it is 200.
/// </summary>
public sealed class ScorecardApi(HttpClient client, string? accessToken, string who)
{
    public string Who { get; } = who;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, "api/v1/" + path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage ?? TargetsApi.DefaultLanguage).ShouldBeTrue();
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: TargetsApi.Json);
        }

        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PutTargetsAsync(string period, Guid regionId, object[] reps, uint version, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Put, $"scorecards/{period}/regions/{regionId}/targets", new { reps, version }, acceptLanguage);

    public Task<HttpResponseMessage> PutManualAsync(string period, Guid repId, decimal? conduct, decimal? requestFollowUp, string? comment, uint version,
        string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Put, $"scorecards/{period}/reps/{repId}/manual", new { conduct, requestFollowUp, comment, version }, acceptLanguage);

    public async Task<T> ReadAsync<T>(string path)
        where T : class
    {
        using var response = await GetAsync(path);
        return await OkAsync<T>(response);
    }

    public async Task<T> OkAsync<T>(HttpResponseMessage response)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{Who}: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {text}");
        return JsonSerializer.Deserialize<T>(text, TargetsApi.Json).ShouldNotBeNull(text);
    }

    /// <summary>Count targets for one rep as the API takes them (numbers; null = not set).</summary>
    public static object Targets(Guid repId, decimal? newCustomers, decimal? visits, decimal? calls, decimal? orders, decimal? lostCustomers) =>
        new { repId, newCustomers, visits, calls, orders, lostCustomers };
}

/// <summary>The app with the demo company, the plan, month-end and scorecard APIs, and the scorecard service on its database.</summary>
public class ScorecardAppFixture : MonthEndAppFixture
{
    public async Task<ScorecardApi> ScorecardsAsAsync(string email) => new(SharedClient, await TokenAsync(email), email);

    public ScorecardApi ScorecardsAnonymous => new(SharedClient, null, "anonymous");

    /// <summary>The API as <paramref name="email"/> in a sign-in of its own (a second browser).</summary>
    public async Task<ScorecardApi> NewScorecardSessionAsync(string email) =>
        new(SharedClient, (await HttpSignIn.LoginAsync(SharedClient, email)).AccessToken, email + " (another session)");

    /// <summary>The month the demo company's weekly entries are in (the app's clock).</summary>
    public static Period ThisMonth => Period.Containing(DateOnly.FromDateTime(DateTime.Now));
}

/// <summary>A scorecard as the wire carries it.</summary>
public sealed record ScorecardResponse(
    Guid RepId, string RepName, Guid RegionId, string RegionCode, string Period, bool Frozen, string WeightsFrom, decimal Cap, decimal? Total,
    bool WeightsScaled, IReadOnlyList<string> LeftOut, IReadOnlyList<string> UnknownPlanKpis, IReadOnlyList<string> MissingTargets,
    IReadOnlyList<ScorecardLineResponse> Lines, ManualResponse Manual)
{
    public ScorecardLineResponse Line(string kpi) => Lines.Single(l => l.Kpi == kpi);
}

public sealed record ScorecardLineResponse(
    string Kpi, decimal? Target, decimal? Actual, decimal? Achievement, decimal Weight, decimal AppliedWeight, decimal Points, string? LeftOut);

public sealed record ManualResponse(decimal? Conduct, decimal? RequestFollowUp, string? Comment, uint Version);

public sealed record TrendResponse(string Period, decimal? Total, bool Frozen);

public sealed record RepScorecardResponse(ScorecardResponse Scorecard, IReadOnlyList<TrendResponse> Trend);

public sealed record TeamResponse(Guid RegionId, string RegionCode, string Period, bool Frozen, bool CanEdit, IReadOnlyList<ScorecardResponse> Scorecards);

public sealed record RankedResponse(int Rank, ScorecardResponse Scorecard);

public sealed record RankingResponse(string Period, Guid? RegionId, IReadOnlyList<RankedResponse> Ranking);

public sealed record RepTargetsResponse(Guid RepId, string RepName, TargetsValues Targets, TargetsValues LastMonth, IReadOnlyList<string> Missing);

public sealed record TargetsValues(Guid RepId, int? NewCustomers, int? Visits, int? Calls, int? Orders, int? LostCustomers);

public sealed record KpiTargetsResponse(Guid RegionId, string Period, bool Frozen, bool CanEdit, uint Version, IReadOnlyList<RepTargetsResponse> Reps);

public sealed record KpiWeightResponse(string Kpi, decimal Weight);

public sealed record KpiWeightsResponse(IReadOnlyList<KpiWeightResponse> Weights, bool BuiltIn, uint Version);
