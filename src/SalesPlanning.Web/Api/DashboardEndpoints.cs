using Microsoft.AspNetCore.Http.HttpResults;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/dashboards and /api/v1/alerts: the dashboards' figures with the same access rules as the
/// pages, because both call <see cref="DashboardService"/> and <see cref="AlertService"/>.
/// </summary>
internal static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboards/trend", TrendAsync)
            .WithTags("Dashboards")
            .RequireAuthorization()
            .WithSummary("Actual against target of a metric, month by month (scope Company, Region or Rep with its id; "
                + "months 1–36, default 12; ending with the month 'to' (yyyy-MM), default the current month).");

        api.MapGet("/dashboards/month-to-date", MonthToDateAsync)
            .WithTags("Dashboards")
            .RequireAuthorization()
            .WithSummary("A metric's actual summed week by week through a month against the target prorated by days "
                + "(scope Company, Region or Rep with its id; period yyyy-MM, default the current month).");

        api.MapGet("/alerts", async (Caller caller, AlertService alerts, CancellationToken ct) =>
                (await alerts.ListAsync(caller, ct)).ToHttp())
            .WithTags("Dashboards")
            .RequireAuthorization()
            .WithSummary("The alerts of DESIGN §6 with the months that triggered each (directors: all regions; managers: theirs).");
    }

    private static async Task<Results<Ok<TrendView>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> TrendAsync(
        Caller caller, DashboardService dashboards, CancellationToken ct,
        ScopeKind scope = ScopeKind.Company, Guid? id = null, int months = 12, Metric metric = Metric.SalesAmount, string? to = null)
    {
        if (ScopeOf(scope, id) is not { } target)
        {
            return ApiResults.BadRequest(nameof(id), TargetMessages.ScopeRequired);
        }

        var last = dashboards.CurrentPeriod;
        if (to is not null && !Period.TryParse(to, out last))
        {
            return ApiResults.BadRequest(nameof(to), TargetMessages.PeriodFormat);
        }

        return (await dashboards.TrendAsync(caller, target, metric, last, months, ct)).ToHttp();
    }

    private static async Task<Results<Ok<MonthToDateView>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> MonthToDateAsync(
        Caller caller, DashboardService dashboards, CancellationToken ct,
        ScopeKind scope = ScopeKind.Company, Guid? id = null, Metric metric = Metric.SalesAmount, string? period = null)
    {
        if (ScopeOf(scope, id) is not { } target)
        {
            return ApiResults.BadRequest(nameof(id), TargetMessages.ScopeRequired);
        }

        var month = dashboards.CurrentPeriod;
        if (period is not null && !Period.TryParse(period, out month))
        {
            return ApiResults.BadRequest(nameof(period), TargetMessages.PeriodFormat);
        }

        return (await dashboards.MonthToDateAsync(caller, target, metric, month, ct)).ToHttp();
    }

    /// <summary>The scope asked for; null when a region or rep comes without its id.</summary>
    private static TargetScope? ScopeOf(ScopeKind scope, Guid? id)
    {
        try
        {
            return TargetScope.From(scope, scope == ScopeKind.Company ? null : id);
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
