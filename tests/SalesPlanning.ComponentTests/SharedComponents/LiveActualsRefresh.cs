using SalesPlanning.Application.Notifications;
using SalesPlanning.Web.Components.Shared.Notifications;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>A dashboard's live figures: a burst of saves it shows is one read; saves it does not show are none.</summary>
public class LiveActualsRefresh
{
    private static readonly Guid East = Guid.NewGuid();

    [Fact]
    public async Task ReadsOnceForABurstOfChangesItShowsAndNeverForOthers()
    {
        var live = new FakeLiveUpdates();
        var reads = 0;
        using var figures = new LiveActuals(live, changed => changed.RegionId == East && changed.PeriodKey == 203301, () =>
        {
            Interlocked.Increment(ref reads);
            return Task.CompletedTask;
        });

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => live.RaiseAsync(new ActualsChanged(East, 203301))).Append(
            live.RaiseAsync(new ActualsChanged(Guid.NewGuid(), 203301))).Append(live.RaiseAsync(new ActualsChanged(East, 203212))));

        reads.ShouldBe(1);
        await live.RaiseAsync(new ActualsChanged(East, 203301));
        reads.ShouldBe(2);
    }

    [Fact]
    public async Task StopsListeningWhenThePageGoes()
    {
        var live = new FakeLiveUpdates();
        var figures = new LiveActuals(live, _ => true, () => Task.CompletedTask);

        figures.Dispose();

        live.Subscribers.ShouldBe(0);
        await live.RaiseAsync(new ActualsChanged(East, 203301));
    }

    private sealed class FakeLiveUpdates : ILiveUpdates
    {
        private readonly List<Func<ActualsChanged, Task>> _handlers = [];

        public int Subscribers => _handlers.Count;

        public IDisposable OnNotifications(Guid userId, Func<Task> handler) => new Subscription(() => { });

        public IDisposable OnActuals(Func<ActualsChanged, Task> handler)
        {
            _handlers.Add(handler);
            return new Subscription(() => _handlers.Remove(handler));
        }

        public Task RaiseAsync(ActualsChanged changed) => Task.WhenAll(_handlers.ToList().Select(h => h(changed)));

        private sealed class Subscription(Action dispose) : IDisposable
        {
            public void Dispose() => dispose();
        }
    }
}
