using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Application.Progress;

/// <summary>
/// Whether a region's month is closed to its actuals (DESIGN §6: entries for a closed month are read-only): once the
/// region's monthly plan of that month is Closed, its month-end review signed off (DESIGN §7); until then past weeks stay
/// editable. Read on the caller's unit of work, not on a context of its own.
/// </summary>
internal static class PeriodLock
{
    public static Task<bool> IsClosedAsync(ISalesPlanningDb db, Guid regionId, Period period, CancellationToken cancellationToken) =>
        db.MonthlyPlans.AnyAsync(p => p.RegionId == regionId && p.PeriodKey == period.Key && p.Status == PlanStatus.Closed, cancellationToken);
}
