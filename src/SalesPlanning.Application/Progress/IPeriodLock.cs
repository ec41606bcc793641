using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Application.Progress;

/// <summary>
/// Whether a region's month is closed to progress entries (DESIGN §6: entries for a closed month
/// are read-only). A month is closed when it is before the current month and the region's monthly
/// plan for it is Closed (after the month-end review is signed off, DESIGN §5).
/// </summary>
public interface IPeriodLock
{
    Task<bool> IsClosedAsync(Guid regionId, Period period, CancellationToken cancellationToken = default);
}

/// <summary>
/// A month is closed for a region once the region's monthly plan of that month is Closed (its
/// month-end review signed off, DESIGN §7); until then past weeks stay editable.
/// </summary>
public sealed class PlanPeriodLock(ISalesPlanningDbFactory contexts) : IPeriodLock
{
    public async Task<bool> IsClosedAsync(Guid regionId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MonthlyPlans.AnyAsync(
            p => p.RegionId == regionId && p.PeriodKey == period.Key && p.Status == PlanStatus.Closed, cancellationToken);
    }
}
