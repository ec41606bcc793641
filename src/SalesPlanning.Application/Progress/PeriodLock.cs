using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Application.Progress;

/// <summary>
/// Whether a region's month is closed (DESIGN §6: its weekly entries are read-only): once the region's monthly plan of
/// that month is Closed, its month-end review signed off (DESIGN §7). Until then past weeks stay editable, scorecards
/// open, and the month's incentive run waits. Read on the caller's unit of work, not on a context of its own.
/// </summary>
internal static class PeriodLock
{
    public static Task<bool> IsClosedAsync(ISalesPlanningDb db, Guid regionId, Period period, CancellationToken cancellationToken) =>
        ClosedRegions(db, period).AnyAsync(id => id == regionId, cancellationToken);

    /// <summary>The regions whose month is closed, as a query to compose into another (it runs as a subquery).</summary>
    public static IQueryable<Guid> ClosedRegions(ISalesPlanningDb db, Period period) =>
        db.MonthlyPlans.Where(p => p.PeriodKey == period.Key && p.Status == PlanStatus.Closed).Select(p => p.RegionId);
}
