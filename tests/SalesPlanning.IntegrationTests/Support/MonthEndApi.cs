using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Performance;
using SalesPlanning.Application.Plans;
using SalesPlanning.Application.Reviews;
using SalesPlanning.IntegrationTests.Plans;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// /api/v1/month-end/{planId} for one signed-in user (a bearer token) or for nobody; English unless a
/// call names another language (empty: no Accept-Language header). Raw calls answer the response; checked ones fail the test unless it is 200.
/// </summary>
public sealed class MonthEndApi(HttpClient client, string? accessToken, string who)
{
    public string Who { get; } = who;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, Guid planId, string path = "", object? body = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, $"api/v1/month-end/{planId}{path}");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (acceptLanguage != "")
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage ?? TargetsApi.DefaultLanguage).ShouldBeTrue();
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: TargetsApi.Json);
        }

        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetRawAsync(Guid planId, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Get, planId, acceptLanguage: acceptLanguage);

    /// <summary>PUT the narrative (<see cref="ReviewContent"/>'s shape) with the version as read.</summary>
    public Task<HttpResponseMessage> PutAsync(Guid planId, ReviewContent narrative, uint version, string? acceptLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        return SendAsync(HttpMethod.Put, planId, body: new
        {
            narrative.WhatWorked,
            narrative.WhatDidNot,
            narrative.ControllableCauses,
            narrative.UncontrollableCauses,
            narrative.Improvements,
            version,
        }, acceptLanguage: acceptLanguage);
    }

    /// <summary>POST …/submit, …/return or …/sign-off.</summary>
    public Task<HttpResponseMessage> PostAsync(Guid planId, string step, uint version, string? comment = null, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Post, planId, "/" + step, new { version, comment }, acceptLanguage);

    public async Task<MonthEndResponse> GetAsync(Guid planId)
    {
        using var response = await GetRawAsync(planId);
        return await OkAsync<MonthEndResponse>(response);
    }

    /// <summary>Saves the narrative from the version the user reads first; returns the new version.</summary>
    public async Task<uint> SaveAsync(Guid planId, ReviewContent narrative)
    {
        var review = await GetAsync(planId);
        using var response = await PutAsync(planId, narrative, review.Version);
        return (await OkAsync<VersionResponse>(response)).Version;
    }

    /// <summary>A step from the review's version as read; fails unless it answers 200; returns the new version.</summary>
    public async Task<uint> StepAsync(Guid planId, string step, string? comment = null)
    {
        var review = await GetAsync(planId);
        using var response = await PostAsync(planId, step, review.Version, comment);
        return (await OkAsync<VersionResponse>(response)).Version;
    }

    public async Task<T> OkAsync<T>(HttpResponseMessage response)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{Who}: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {text}");
        return JsonSerializer.Deserialize<T>(text, TargetsApi.Json).ShouldNotBeNull(text);
    }
}

/// <summary>The narrative of a month-end review as a manager sends it (null: the field is left out).</summary>
public sealed record ReviewContent(string? WhatWorked, string? WhatDidNot, string? ControllableCauses, string? UncontrollableCauses, string? Improvements)
{
    public static ReviewContent Empty { get; } = new(null, null, null, null, null);

    /// <summary>Every field written, enough to submit.</summary>
    public static ReviewContent Written { get; } = new(
        "Key account A renewed early; the VRF line sold 40 units.",
        "Collections were 12% short of target.",
        "Follow-up of overdue invoices started late.",
        "Two customers' budgets were frozen until December.",
        "A weekly collections call with finance.");
}

/// <summary>GET /api/v1/month-end/{planId}, as the wire carries it (customer segments left out).</summary>
public sealed record MonthEndResponse(
    Guid PlanId, Guid RegionId, string RegionCode, string RegionName, string Period, string PlanStatus,
    Guid? ReviewId, string Status, uint Version, ReviewContent Narrative, string? ReturnComment,
    DateTimeOffset? SubmittedAt, DateTimeOffset? SignedOffAt, string? SignedOffBy,
    bool MonthEnded, bool CanEdit, bool CanSignOff, IReadOnlyList<ReviewProblemResponse> Problems, ReviewFiguresResponse Figures);

public sealed record ReviewProblemResponse(string Field, string Code, IReadOnlyList<string> Args);

/// <summary>A row of month_end_reviews, read with SQL.</summary>
public sealed record StoredReview(string Status, string WhatWorked, string? ReturnComment, DateTimeOffset? SignedOffAt);

/// <summary>
/// The app with the demo company, the plan API and the month-end review API: an approved plan is
/// EAST's ready plan of a month (<see cref="PlansAppFixture.ReadyPlanAsync"/>) submitted by its
/// manager and approved by the director, through the API; a written review has <see cref="ReviewContent.Written"/>
/// saved by EAST's manager; a submitted one is then submitted by them.
/// </summary>
public class MonthEndAppFixture : PlansAppFixture
{
    public async Task<MonthEndApi> MonthEndAsAsync(string email) => new(SharedClient, await TokenAsync(email), email);

    public MonthEndApi MonthEndAnonymous => new(SharedClient, null, "anonymous");

    /// <summary>/api/v1/progress as <paramref name="email"/>.</summary>
    public async Task<ProgressApi> ProgressAsAsync(string email) => new(SharedClient, await TokenAsync(email));

    /// <summary>EAST's plan of <paramref name="period"/>, approved; returns its id.</summary>
    public async Task<Guid> ApprovedPlanAsync(string period)
    {
        var id = await SubmittedPlanAsync(period);
        (await (await PlansAsAsync(DemoUsers.Director)).StepAsync(Ids.East, period, "approve", "Agreed.")).ShouldBe("Approved");
        return id;
    }

    /// <summary>As <see cref="ApprovedPlanAsync"/>, then EAST's manager saves the whole narrative; returns the plan's id.</summary>
    public async Task<Guid> WrittenReviewAsync(string period)
    {
        var id = await ApprovedPlanAsync(period);
        await (await MonthEndAsAsync(DemoUsers.ManagerEast)).SaveAsync(id, ReviewContent.Written);
        return id;
    }

    /// <summary>As <see cref="WrittenReviewAsync"/>, then submitted by EAST's manager (the month must have ended); returns the plan's id.</summary>
    public async Task<Guid> SubmittedReviewAsync(string period)
    {
        var id = await WrittenReviewAsync(period);
        await (await MonthEndAsAsync(DemoUsers.ManagerEast)).StepAsync(id, "submit");
        return id;
    }

    /// <summary>The service the page and the endpoints call, on this fixture's database.</summary>
    public MonthEndService CreateMonthEndService()
    {
        var contexts = TestDatabases.CreateFactory(ConnectionString);
        return new MonthEndService(contexts, new PlanReviewQuery(contexts, new ActualsQuery(contexts)), new ActualsQuery(contexts),
            CreateScorecardService(), TimeProvider.System, NullLogger<MonthEndService>.Instance);
    }

    /// <summary>The scorecard service the pages and endpoints call, on this fixture's database.</summary>
    public ScorecardService CreateScorecardService()
    {
        var contexts = TestDatabases.CreateFactory(ConnectionString);
        return new ScorecardService(contexts, new ActualsQuery(contexts), TimeProvider.System, NullLogger<ScorecardService>.Instance);
    }

    /// <summary>The plan's review as stored; null when there is none.</summary>
    public async Task<StoredReview?> StoredReviewAsync(Guid planId) =>
        (await QuerySqlAsync(
            "SELECT status, what_worked, return_comment, signed_off_at FROM month_end_reviews WHERE plan_id = @p0",
            r => new StoredReview(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3)),
            planId)).SingleOrDefault();

    /// <summary>The audit rows about EAST's month-end review of a period and its plan, oldest first.</summary>
    public Task<List<StoredAuditEntry>> MonthAuditAsync(string period) =>
        QuerySqlAsync(
            """
            SELECT at, user_id, user_name, entity_type, entity_key, action, field, old_value, new_value, comment
            FROM audit_entries WHERE entity_type IN ('MonthEndReview', 'MonthlyPlan') AND entity_key = @p0 ORDER BY id
            """,
            r => new StoredAuditEntry(
                r.GetFieldValue<DateTimeOffset>(0), r.IsDBNull(1) ? null : r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7),
                r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9)),
            $"{period}/EAST");
}
