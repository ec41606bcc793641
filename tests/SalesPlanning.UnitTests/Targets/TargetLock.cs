using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetLock
{
    private readonly Target _region = TestTargets.Region(800_000.00m);
    private readonly Guid[] _reps = TestTargets.Members(2);

    public TargetLock()
    {
        _region.SetAllocations(Dimension.Rep, TestTargets.Amounts(_reps, 400_000m, 400_000m), TestTargets.Allowed(_reps));
    }

    [Fact]
    public void LocksTheTarget()
    {
        _region.Lock();

        _region.IsLocked.ShouldBeTrue();
    }

    [Fact]
    public void RefusesToLockTwice()
    {
        _region.Lock();

        Should.Throw<DomainException>(() => _region.Lock())
            .Message.ShouldBe("The 2026-12 sales amount target of this region is already locked.");
    }

    [Fact]
    public void RefusesEveryChangeWhileLocked()
    {
        _region.Lock();

        Should.Throw<DomainException>(() => _region.ChangeAmount(900_000m));
        Should.Throw<DomainException>(() => _region.SetAllocations(
            Dimension.Rep, TestTargets.Amounts(_reps, 500_000m, 300_000m), TestTargets.Allowed(_reps)));
        Should.Throw<DomainException>(() => _region.BreakdownFor(Dimension.Product));
        Should.Throw<DomainException>(() => _region.RemoveBreakdown(Dimension.Rep));

        _region.Amount.ShouldBe(800_000.00m);
        _region.Breakdowns.ShouldHaveSingleItem().Allocations.Select(a => a.Amount).ShouldBe([400_000m, 400_000m]);
    }
}
