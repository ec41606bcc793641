using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// /api/v1/plans for one signed-in user (a bearer token) or for nobody; English unless a call names
/// another language. Raw calls answer the response; checked ones fail the test unless it is 200.
/// </summary>
public sealed class PlansApi(HttpClient client, string? accessToken, string who)
{
    public string Who { get; } = who;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, "api/v1/plans" + path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage ?? TargetsApi.DefaultLanguage).ShouldBeTrue();
        if (body is not null)
        {
            request.Content = body is HttpContent content ? content : JsonContent.Create(body, options: TargetsApi.Json);
        }

        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> OpenRawAsync(Guid regionId, string period) => SendAsync(HttpMethod.Get, $"/{regionId}/{period}");

    public Task<HttpResponseMessage> StartRawAsync(Guid regionId, string period, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Post, $"/{regionId}/{period}", acceptLanguage: acceptLanguage);

    public Task<HttpResponseMessage> PutSectionAsync(Guid planId, string section, uint version, object content, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Put, $"/{planId}/sections/{section}", new { version, content }, acceptLanguage);

    public Task<HttpResponseMessage> PostAsync(Guid planId, string step, uint version, string? comment = null, string? acceptLanguage = null) =>
        SendAsync(HttpMethod.Post, $"/{planId}/{step}", new { version, comment }, acceptLanguage);

    public async Task<PlanResponse> OpenAsync(Guid regionId, string period)
    {
        using var response = await OpenRawAsync(regionId, period);
        return await OkAsync<PlanResponse>(response);
    }

    /// <summary>Starts the region's plan of the month (its manager), or answers it as it is when already started.</summary>
    public async Task<PlanResponse> StartAsync(Guid regionId, string period)
    {
        using var response = await StartRawAsync(regionId, period);
        return await OkAsync<PlanResponse>(response);
    }

    /// <summary>Saves a section (as the region's manager, starting the plan if need be) from the version the user reads first; returns the new version.</summary>
    public async Task<uint> SaveSectionAsync(Guid regionId, string period, string section, object content)
    {
        var plan = await StartAsync(regionId, period);
        using var response = await PutSectionAsync(plan.PlanId!.Value, section, plan.Section(section).Version, content);
        return (await OkAsync<VersionResponse>(response)).Version;
    }

    /// <summary>A workflow step from the plan's version as read; fails unless it answers 200.</summary>
    public async Task<string> StepAsync(Guid regionId, string period, string step, string? comment = null)
    {
        var plan = await OpenAsync(regionId, period);
        using var response = await PostAsync(plan.PlanId!.Value, step, plan.Version, comment);
        return (await OkAsync<StatusResponse>(response)).Status;
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

/// <summary>GET /api/v1/plans/{regionId}/{period}, as the wire carries it (section content left as JSON).</summary>
public sealed record PlanResponse(
    Guid? PlanId, Guid RegionId, string RegionCode, string Period, string? Status, uint Version, bool CanStart, bool CanEdit, bool CanSubmit, bool CanReview,
    IReadOnlyList<SectionResponse> Sections, IReadOnlyList<PlanProblemResponse> Problems)
{
    public SectionResponse Section(string section) => Sections.Single(s => s.Section == section);
}

public sealed record SectionResponse(string Section, uint Version, bool IsComplete, JsonElement Content);

public sealed record PlanProblemResponse(string Section, string Field, string Code, IReadOnlyList<string> Args, string Message);

public sealed record StatusResponse(string Status);

public sealed record PlanSummaryResponse(Guid? PlanId, Guid RegionId, string RegionCode, string Period, string? Status, bool IsOverdue, int CompleteSections);

/// <summary>
/// The app with the demo company and the plan API: a ready plan is one whose region has all three
/// targets set and split to reps (balanced), with every section filled in as <see cref="PlanContent"/> does.
/// </summary>
public class PlansAppFixture : TargetsAppFixture
{
    /// <summary>The EAST volume target split by product: AC-100 600, AC-200 400 of 1,000 units.</summary>
    public const decimal EastVolume = 1_000m;

    public async Task<PlansApi> PlansAsAsync(string email)
    {
        return new PlansApi(SharedClient, await TokenAsync(email), email);
    }

    public PlansApi PlansAnonymous => new(SharedClient, null, "anonymous");

    /// <summary>The director sets and splits all three company targets to the regions; EAST's manager splits EAST's to reps and the volume to products.</summary>
    public async Task SetTargetsAsync(string period)
    {
        var director = await AsAsync(DemoUsers.Director);
        var manager = await AsAsync(DemoUsers.ManagerEast);
        var amounts = new Dictionary<Metric, decimal> { [Metric.SalesAmount] = 3_200_000m, [Metric.SalesVolume] = 2_500m, [Metric.Collections] = 3_000_000m };
        foreach (var (metric, company) in amounts)
        {
            await director.SetCompanyTargetAsync(period, metric, company);
            var east = metric == Metric.SalesVolume ? EastVolume : company * 0.4m;
            var south = metric == Metric.SalesVolume ? 900m : company * 0.35m;
            await director.SaveBreakdownAsync(period, ScopeKind.Company, null, metric, Dimension.Region,
                new Dictionary<Guid, decimal> { [Ids.East] = east, [Ids.South] = south, [Ids.North] = company - east - south });
            await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, metric, Dimension.Rep,
                Enumerable.Range(1, 4).ToDictionary(Ids.Rep, _ => east / 4));
        }

        await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesVolume, Dimension.Product,
            new Dictionary<Guid, decimal> { [Ids.Product("AC-100")] = 600m, [Ids.Product("AC-200")] = 400m });
    }

    /// <summary>EAST's plan of <paramref name="period"/> with targets and every section filled in, in Draft; returns its id.</summary>
    public async Task<Guid> ReadyPlanAsync(string period)
    {
        await SetTargetsAsync(period);
        var manager = await PlansAsAsync(DemoUsers.ManagerEast);
        foreach (var (section, content) in PlanContent.Complete(Period.Parse(period), Ids))
        {
            await manager.SaveSectionAsync(Ids.East, period, section, content);
        }

        var plan = await manager.OpenAsync(Ids.East, period);
        plan.CanSubmit.ShouldBeTrue(string.Join("; ", plan.Problems.Select(p => $"{p.Section}.{p.Field}: {p.Message}")));
        return plan.PlanId!.Value;
    }

    /// <summary>As <see cref="ReadyPlanAsync"/>, then submitted by EAST's manager.</summary>
    public async Task<Guid> SubmittedPlanAsync(string period)
    {
        var id = await ReadyPlanAsync(period);
        (await (await PlansAsAsync(DemoUsers.ManagerEast)).StepAsync(Ids.East, period, "submit")).ShouldBe("Submitted");
        return id;
    }

    /// <summary>The plan's status as stored.</summary>
    public async Task<string> StoredStatusAsync(Guid planId) =>
        (await QuerySqlAsync("SELECT status FROM monthly_plans WHERE id = @p0", r => r.GetString(0), planId)).Single();

    /// <summary>The audit rows about EAST's plan of a period, oldest first.</summary>
    public Task<List<StoredAuditEntry>> PlanAuditAsync(string period) =>
        QuerySqlAsync(
            """
            SELECT at, user_id, user_name, entity_type, entity_key, action, field, old_value, new_value, comment
            FROM audit_entries WHERE entity_type = 'MonthlyPlan' AND entity_key = @p0 ORDER BY id
            """,
            r => new StoredAuditEntry(
                r.GetFieldValue<DateTimeOffset>(0), r.IsDBNull(1) ? null : r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7),
                r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9)),
            $"{period}/EAST");
}

/// <summary>Section content as a manager sends it, filled in enough to submit.</summary>
public static class PlanContent
{
    public const string Basis = "Last year's peak season plus 8% for the new VRF line.";
    public const string Highlights = "Key accounts grew; <b>not bold</b> & escaped.";

    public static IReadOnlyList<(string Section, object Content)> Complete(Period period, DemoIds ids)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(ids);
        var day = period.FirstDay;
        return
        [
            ("Review", new { highlights = Highlights, problems = "Collections lagged: customer budgets (objective).", lessons = "Visit key accounts weekly." }),
            ("Targets", new { basis = Basis }),
            ("Strategies", new { items = new[] { new { group = "MarketExpansion", action = "Open two dealers in Suzhou", owner = "Wang", due = day.AddDays(20) } } }),
            ("Activities", new
            {
                items = new[]
                {
                    new
                    {
                        theme = "Spring launch", type = "Exhibition", start = day.AddDays(9), end = day.AddDays(11), place = "Shanghai",
                        participants = "rep01, rep02", expectedResult = "40 leads", owner = "Li",
                    },
                },
            }),
            ("Resources", new { items = new[] { new { kind = "Marketing", description = "Booth", budget = 25_000.50m, neededBy = day.AddDays(5), coordinator = "Zhao" } } }),
            ("Forecast", new
            {
                weeks = period.Weeks().Select(w => new { week = w.Number, salesAmount = 250_000.00m, salesVolume = 200L, collections = 240_000.00m }).ToArray(),
                products = new[]
                {
                    new { productId = ids.Product("AC-100"), nextMonth = 650L, monthAfter = 700L },
                    new { productId = ids.Product("CM-100"), nextMonth = 12L, monthAfter = 15L },
                },
            }),
            ("Risks", new { items = new[] { new { category = "Market", description = "Price war", likelihood = 3, impact = 4, response = "Bundle installation" } } }),
            ("Tracking", new
            {
                reviewMeetings = new[] { day.AddDays(14), day.AddDays(27) },
                kpis = new[] { new { name = "Sales amount", weight = 60m }, new { name = "Collections", weight = 40m } },
            }),
        ];
    }
}
