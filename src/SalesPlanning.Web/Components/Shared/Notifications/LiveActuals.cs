using SalesPlanning.Application.Notifications;

namespace SalesPlanning.Web.Components.Shared.Notifications;

/// <summary>
/// A dashboard's live figures (issue 15): when actuals the page shows change (<paramref name="concerns"/>) — a
/// rep's weekly save, an import, on any app instance — the page reads its figures again, once per burst: changes
/// within <see cref="Quiet"/> of each other cause one read. Only the figures are read, not the whole page.
/// </summary>
public sealed class LiveActuals : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private readonly Func<ActualsChanged, bool> _concerns;
    private readonly Func<Task> _refresh;
    private readonly IDisposable _subscription;
    private int _pending;

    /// <param name="refresh">Reads the figures again and renders; called through the component's dispatcher by the caller.</param>
    public LiveActuals(ILiveUpdates live, Func<ActualsChanged, bool> concerns, Func<Task> refresh)
    {
        ArgumentNullException.ThrowIfNull(live);
        _concerns = concerns;
        _refresh = refresh;
        _subscription = live.OnActuals(OnChangedAsync);
    }

    public void Dispose() => _subscription.Dispose();

    private async Task OnChangedAsync(ActualsChanged changed)
    {
        if (!_concerns(changed) || Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        await Task.Delay(Quiet);
        Interlocked.Exchange(ref _pending, 0);
        await _refresh();
    }
}
