using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Plans;

/// <summary>
/// The figures of §4.1 (上月回顾) for a region's plan: last month's target, actual, achievement, actual
/// against plan, MoM and YoY per metric, for the region, each rep and each product. Targets come from
/// Targets (the region's, its rep targets, its product breakdown); actuals from <see cref="ActualsQuery"/>.
/// </summary>
public sealed class PlanReviewQuery(ISalesPlanningDbFactory contexts, ActualsQuery actuals)
{
    public async Task<Result<ReviewFigures>> ForAsync(Actor actor, Guid regionId, Period planPeriod, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planPeriod);
        var month = planPeriod.Previous();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, regionId, cancellationToken);
        if (access.RefusesRead(out Result<ReviewFigures>? refusal))
        {
            return refusal;
        }

        var filter = new ActualsFilter(RegionId: regionId);
        var periods = new[] { month, month.Previous(), month.SameMonthLastYear() };

        var regionTotals = await actuals.TotalsByMonthAsync(periods, filter, cancellationToken);
        var byRep = await actuals.ByMonthsAsync(periods, Dimension.Rep, filter, cancellationToken);
        var byProduct = new List<IReadOnlyDictionary<Guid, ActualTotals>>();
        foreach (var period in periods)
        {
            byProduct.Add(await actuals.ByAsync(period, Dimension.Product, filter, cancellationToken));
        }

        // The region's targets with their breakdowns, then the targets of the reps shown: never the
        // whole company's (at 2,000 reps that was ~6,000 targets and ~24,000 allocations per call).
        var regionTargets = await db.Targets.AsNoTracking()
            .Include(t => t.Breakdowns).ThenInclude(b => b.Allocations)
            .AsSplitQuery()
            .Where(t => t.PeriodKey == month.Key && t.ScopeKind == ScopeKind.Region && t.ScopeId == regionId)
            .ToListAsync(cancellationToken);

        var repIds = new HashSet<Guid>(byRep[0].Keys);
        repIds.UnionWith(regionTargets.Select(t => t.FindBreakdown(Dimension.Rep)).OfType<TargetBreakdown>().SelectMany(b => b.Allocations).Select(a => a.MemberId));
        repIds.UnionWith(await db.RegionMemberships.AsNoTracking().Where(m => m.RegionId == regionId && m.Role == MemberRole.Rep)
            .Select(m => m.UserId).ToListAsync(cancellationToken));
        var repScopeIds = repIds.Select(id => (Guid?)id).ToList();
        var repTargets = await db.Targets.AsNoTracking()
            .Where(t => t.PeriodKey == month.Key && t.ScopeKind == ScopeKind.Rep && repScopeIds.Contains(t.ScopeId))
            .ToListAsync(cancellationToken);
        var productIds = new HashSet<Guid>(byProduct[0].Keys);
        productIds.UnionWith(regionTargets.Select(t => t.FindBreakdown(Dimension.Product)).OfType<TargetBreakdown>().SelectMany(b => b.Allocations).Select(a => a.MemberId));

        var repNames = await db.Users.AsNoTracking().Where(u => repIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.NameZh, p.NameEn }).ToListAsync(cancellationToken);

        var region = TargetService.Metrics.Select(metric => Row(
            metric, regionTargets.SingleOrDefault(t => t.Metric == metric)?.Amount, regionTotals.Select(t => (ActualTotals?)t).ToList())).ToList();

        var reps = repIds
            .Select(id => new ReviewLine(id, repNames.GetValueOrDefault(id, ""), repNames.GetValueOrDefault(id, ""),
                [.. TargetService.Metrics.Select(metric => Row(
                    metric,
                    repTargets.SingleOrDefault(t => t.Metric == metric && t.ScopeId == id)?.Amount,
                    byRep.Select(d => d.GetValueOrDefault(id)).ToList()))]))
            .OrderBy(l => l.NameZh, StringComparer.Ordinal).ToList();

        var lines = products.OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new ReviewLine(p.Id, p.NameZh, p.NameEn,
                [.. TargetService.Metrics.Select(metric => Row(
                    metric,
                    regionTargets.SingleOrDefault(t => t.Metric == metric)?.FindBreakdown(Dimension.Product)?.AmountFor(p.Id),
                    byProduct.Select(d => d.GetValueOrDefault(p.Id)).ToList()))]))
            .ToList();

        return Result<ReviewFigures>.Ok(new ReviewFigures(month, region, reps, lines));
    }

    /// <param name="actual">Actuals of the month, the month before and the same month last year (null: none).</param>
    private static ReviewRow Row(Metric metric, decimal? target, IReadOnlyList<ActualTotals?> actual)
    {
        var value = actual[0]?.For(metric) ?? 0m;
        return new ReviewRow(
            metric,
            target,
            value,
            target is { } t ? Figures.Achievement(value, t) : null,
            target is { } plan ? value - plan : null,
            Figures.Change(value, actual[1]?.For(metric) ?? 0m),
            Figures.Change(value, actual[2]?.For(metric) ?? 0m));
    }
}
