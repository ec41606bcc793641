using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Application.Reviews;

/// <summary>
/// Which months are closed: a region's month is closed once its plan is Closed (its month-end review
/// signed off). Weekly progress of a closed month is read-only (DESIGN §6).
/// </summary>
public sealed class ClosedMonths(ISalesPlanningDbFactory contexts)
{
    public async Task<bool> IsClosedAsync(Guid regionId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MonthlyPlans.AsNoTracking()
            .AnyAsync(p => p.RegionId == regionId && p.PeriodKey == period.Key && p.Status == PlanStatus.Closed, cancellationToken);
    }
}
