using Microsoft.AspNetCore.Http.HttpResults;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/targets: the same operations, rules and access checks as the Targets pages, because
/// both call <see cref="TargetService"/>.
/// </summary>
internal static class TargetEndpoints
{
    public sealed record SetAmountBody(decimal Amount, uint? Version = null);

    public sealed record SaveBreakdownBody(IReadOnlyDictionary<Guid, decimal> Amounts, uint Version);

    public sealed record ReopenBody(string Comment);

    public sealed record DistributionBody(string Name, IReadOnlyList<decimal> Percentages);

    /// <summary>An annual target and how to spread it: twelve percentages (summing to 100.00), or twelve weights (ratios or amounts).</summary>
    public sealed record AnnualBody(decimal Amount, IReadOnlyList<decimal>? Percentages = null, IReadOnlyList<decimal>? Weights = null);

    public static void MapTargetEndpoints(this RouteGroupBuilder api)
    {
        var targets = api.MapGroup("/targets/{period}").WithTags("Targets").RequireAuthorization();

        targets.MapGet("/company", (string period, Caller caller, TargetService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.GetTargetsAsync(caller, p, TargetScope.Company, ct)))
            .WithSummary("The company's targets of a month (directors).");
        targets.MapGet("/regions/{regionId:guid}", (string period, Guid regionId, Caller caller, TargetService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.GetTargetsAsync(caller, p, TargetScope.ForRegion(regionId), ct)))
            .WithSummary("A region's targets of a month (directors and the region's manager).");
        targets.MapGet("/reps/{repId:guid}", (string period, Guid repId, Caller caller, TargetService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.GetTargetsAsync(caller, p, TargetScope.ForRep(repId), ct)))
            .WithSummary("A rep's targets of a month (directors, the rep's manager, the rep).");

        targets.MapPut("/company/{metric}", (string period, Metric metric, SetAmountBody body, Caller caller, TargetService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.SetCompanyTargetAsync(caller, new SetTargetAmount(p, metric, body.Amount, body.Version), ct),
                    version => new VersionAnswer(version)))
            .WithSummary("Set the company's target of a metric (directors). Send the version you read; 409 if it changed.");

        targets.MapGet("/{scope}/{metric}/breakdowns/{dimension}",
                (string period, ScopeKind scope, Metric metric, Dimension dimension, Guid? scopeId, Caller caller, TargetService service, CancellationToken ct) =>
                    WithScope(period, scope, scopeId, (p, s) => service.GetBreakdownAsync(caller, p, metric, s, dimension, ct)))
            .WithSummary("A breakdown with every member it can allocate to; scopeId names the region or rep.");
        targets.MapPut("/{scope}/{metric}/breakdowns/{dimension}",
                (string period, ScopeKind scope, Metric metric, Dimension dimension, Guid? scopeId, SaveBreakdownBody body, Caller caller,
                    TargetService service, CancellationToken ct) =>
                    WithScope(period, scope, scopeId, (p, s) => service.SaveBreakdownAsync(caller,
                        new SaveBreakdown(p, metric, s.Kind, s.Id, dimension, body.Amounts!, body.Version), ct),
                        version => new VersionAnswer(version)))
            .WithSummary("Replace a breakdown's allocations. Send the version you read; 409 if it changed.");
        targets.MapGet("/{scope}/{metric}/breakdowns/{dimension}/suggestions/{method}",
                (string period, ScopeKind scope, Metric metric, Dimension dimension, SplitMethod method, Guid? scopeId, Caller caller,
                    TargetService service, CancellationToken ct) =>
                    WithScope(period, scope, scopeId, (p, s) => service.SuggestAsync(caller, p, metric, s, dimension, method, ct)))
            .WithSummary("What a split helper proposes (evenly, by last month's or last year's actual share, or last month's split); nothing is saved.");

        targets.MapPost("/regions/{regionId:guid}/reopen", (string period, Guid regionId, ReopenBody body, Caller caller, TargetService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.ReopenRegionAsync(caller, p, regionId, body.Comment, ct), count => new ReopenedAnswer(count)))
            .WithSummary("Re-open a region's locked targets (directors), with a reason; audited.");
    }

    public static void MapDistributionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/distributions").WithTags("Targets").RequireAuthorization();
        group.MapGet("/", async (Caller caller, DistributionService service, CancellationToken ct) =>
                (await service.ListAsync(caller, ct)).ToHttp())
            .WithSummary("The saved monthly distributions (directors).");
        group.MapPut("/", async (DistributionBody body, Caller caller, DistributionService service, CancellationToken ct) =>
                (await service.SaveAsync(caller, body.Name, body.Percentages ?? [], ct)).ToHttp())
            .WithSummary("Save a monthly distribution under a name (12 percentages, two decimals, summing to exactly 100.00).");

        api.MapPut("/annual-targets/{year:int}/{metric}", async (int year, Metric metric, AnnualBody body, Caller caller, DistributionService service, CancellationToken ct) =>
                (await service.ApplyAnnualAsync(caller, new ApplyAnnualTarget(year, metric, body.Amount, body.Percentages ?? [], body.Weights), ct))
                    .ToHttp(months => months.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value)))
            .WithTags("Targets")
            .RequireAuthorization()
            .WithSummary("Spread an annual target over the year's company targets by a monthly distribution (directors): percentages, or weights such as 3.2 : 2.8 or the months' amounts, to the cent.");
    }

    private static Task<Results<Ok<T>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> WithScope<T>(
        string period, ScopeKind scope, Guid? scopeId, Func<Period, TargetScope, Task<Application.Common.Result<T>>> call) =>
        WithScope(period, scope, scopeId, call, value => value);

    private static async Task<Results<Ok<TShape>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> WithScope<T, TShape>(
        string period, ScopeKind scope, Guid? scopeId, Func<Period, TargetScope, Task<Application.Common.Result<T>>> call, Func<T, TShape> shape)
    {
        TargetScope target;
        try
        {
            target = TargetScope.From(scope, scope == ScopeKind.Company ? null : scopeId);
        }
        catch (DomainException)
        {
            return ApiResults.BadRequest(nameof(scopeId), TargetMessages.ScopeRequired);
        }

        return await ApiResults.WithPeriod(period, p => call(p, target), shape);
    }
}
