namespace SalesPlanning.Application.Notifications;

/// <summary>A month's actual figures of a region changed (a weekly entry, an import, a correction).</summary>
public sealed record ActualsChanged(Guid RegionId, int PeriodKey);

/// <summary>
/// Changes committed to the database, told to open pages of every app instance (issue 15): PostgreSQL
/// NOTIFY from triggers, one LISTEN connection per instance (Infrastructure). A handler runs on a pool
/// thread; a page hands it to its renderer. Dispose the subscription when the page goes.
/// </summary>
public interface ILiveUpdates
{
    /// <summary>The user's notifications changed: one arrived, or was read elsewhere.</summary>
    IDisposable OnNotifications(Guid userId, Func<Task> handler);

    /// <summary>Actual figures changed somewhere; the handler decides whether its page shows them.</summary>
    IDisposable OnActuals(Func<ActualsChanged, Task> handler);
}
