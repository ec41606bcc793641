using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetCreate
{
    [Fact]
    public void SetsThePeriodMetricScopeAndAmount()
    {
        var region = Guid.NewGuid();

        var target = Target.Create(Period.From(2026, 12), Metric.Collections, TargetScope.ForRegion(region), 800_000.00m);

        target.Id.ShouldNotBe(Guid.Empty);
        target.PeriodKey.ShouldBe(202612);
        target.Period.ShouldBe(Period.From(2026, 12));
        target.Metric.ShouldBe(Metric.Collections);
        target.ScopeKind.ShouldBe(ScopeKind.Region);
        target.ScopeId.ShouldBe(region);
        target.Scope.ShouldBe(TargetScope.ForRegion(region));
        target.Amount.ShouldBe(800_000.00m);
        target.IsLocked.ShouldBeFalse();
        target.Breakdowns.ShouldBeEmpty();
        target.AllBreakdownsBalanced.ShouldBeTrue();
    }

    [Fact]
    public void AcceptsAZeroTarget()
    {
        TestTargets.Company(0m).Amount.ShouldBe(0m);
    }

    [Fact]
    public void RefusesANegativeAmount()
    {
        Should.Throw<DomainException>(() => TestTargets.Company(-1m))
            .Message.ShouldBe("The target amount cannot be negative; it is -1.");
    }

    [Fact]
    public void RefusesAVolumeWithDecimals()
    {
        Should.Throw<DomainException>(() => TestTargets.Company(10.5m, Metric.SalesVolume))
            .Message.ShouldBe("The target amount must be a whole number of units; 10.5 is not.");
    }

    [Fact]
    public void RefusesMoneyBelowTheCent()
    {
        Should.Throw<DomainException>(() => TestTargets.Company(10.005m));
    }

    [Fact]
    public void RefusesMoneyOverTheMaximum()
    {
        Should.Throw<DomainException>(() => TestTargets.Company(Money.MaxValue + 0.01m));
    }
}
