using SalesPlanning.Application.Actuals;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Settings;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Alerts;

/// <summary>One month's sales-amount targets of regions and reps and their actuals, company-wide.</summary>
public sealed record AlertMonth(
    Period Period,
    FiguresRevision Revision,
    IReadOnlyDictionary<(ScopeKind Kind, Guid Id), decimal> Targets,
    IReadOnlyDictionary<Guid, decimal> ByRep,
    IReadOnlyDictionary<Guid, decimal> ByRegion)
{
    /// <summary>The scope's achievement of the month; null without a (non-zero) target.</summary>
    public decimal? Achievement(ScopeKind kind, Guid id) =>
        Targets.TryGetValue((kind, id), out var target) ? Figures.Achievement(Actual(kind, id), target) : null;

    public decimal Actual(ScopeKind kind, Guid id) =>
        (kind == ScopeKind.Rep ? ByRep : ByRegion).GetValueOrDefault(id);
}

/// <summary>
/// The months the alerts read (the closed run and the current month) with the closed months' findings of every region and
/// rep, company-wide, as they stood at <see cref="Key"/>'s revisions.
/// </summary>
public sealed record AlertWindow(
    AlertWindowKey Key,
    IReadOnlyList<AlertMonth> Closed,
    AlertMonth Current,
    IReadOnlyDictionary<(ScopeKind Kind, Guid Id), IReadOnlyList<AlertFinding>> ClosedFindings);

/// <summary>What an <see cref="AlertWindow"/> was computed from: the thresholds and each month's revision, oldest first.</summary>
public sealed record AlertWindowKey(AlertThresholds Thresholds, string Revisions)
{
    public static AlertWindowKey For(AlertThresholds thresholds, IEnumerable<FiguresRevision> revisions) =>
        new(thresholds, string.Join(";", revisions));
}

/// <summary>
/// Keeps the newest <see cref="AlertWindow"/> between calls, for every user of this instance (issue 17): the alerts read each
/// month's revision first (<see cref="ActualsQuery.RevisionsAsync"/>) and use the kept window only when every revision and
/// the thresholds are the same, so a change to any target or actual of those months, on any instance, is seen by the next
/// call. Concurrent calls that miss with the same key compute the window once. A singleton.
/// </summary>
public sealed class AlertWindowCache
{
    private readonly Lock gate = new();
    private (AlertWindowKey Key, Task<AlertWindow> Window)? kept;

    /// <summary>
    /// The kept window of <paramref name="key"/>, or the one <paramref name="compute"/> makes (given the last kept window to
    /// reuse months from, or null). The computation is shared, so it is not cancelled with one caller.
    /// </summary>
    public Task<AlertWindow> GetAsync(AlertWindowKey key, Func<AlertWindow?, Task<AlertWindow>> compute)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        Task<AlertWindow>? previous;
        TaskCompletionSource<AlertWindow> computing;
        lock (gate)
        {
            if (kept is { } entry && entry.Key == key && !entry.Window.IsFaulted)
            {
                return entry.Window;
            }

            previous = kept?.Window;
            computing = new TaskCompletionSource<AlertWindow>(TaskCreationOptions.RunContinuationsAsynchronously);
            kept = (key, computing.Task);
        }

        _ = FillAsync(computing, previous, compute);
        return computing.Task;
    }

    private static async Task FillAsync(
        TaskCompletionSource<AlertWindow> computing, Task<AlertWindow>? previous, Func<AlertWindow?, Task<AlertWindow>> compute)
    {
        AlertWindow? last = null;
        if (previous is { IsCompletedSuccessfully: true })
        {
            last = previous.Result;
        }

#pragma warning disable CA1031 // Whatever failed is handed to every caller waiting for the window.
        try
        {
            computing.SetResult(await compute(last).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            computing.SetException(ex);
        }
#pragma warning restore CA1031
    }
}
