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
/// Today every month is open: monthly plans do not exist yet.
/// TODO(monthly plan workflow): answer closed when the period is before the current month and the
/// region's MonthlyPlan for it has status Closed.
/// </summary>
public sealed class OpenPeriodLock : IPeriodLock
{
    public Task<bool> IsClosedAsync(Guid regionId, Period period, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
