using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetChangeAmount
{
    [Fact]
    public void SetsTheAmountAndReturnsTheOldOne()
    {
        var target = TestTargets.Company(3_200_000.00m);

        var old = target.ChangeAmount(3_300_000.00m);

        old.ShouldBe(3_200_000.00m);
        target.Amount.ShouldBe(3_300_000.00m);
    }

    [Fact]
    public void KeepsTheAllocationsSoABalancedBreakdownBecomesADraft()
    {
        var target = TestTargets.Company(300.00m);
        var regions = TestTargets.Members(3);
        target.SetAllocations(Dimension.Region, TestTargets.Amounts(regions, 100m, 100m, 100m), TestTargets.Allowed(regions));

        target.ChangeAmount(310.00m);

        var breakdown = target.FindBreakdown(Dimension.Region).ShouldNotBeNull();
        breakdown.Allocated.ShouldBe(300.00m);
        breakdown.Unallocated.ShouldBe(10.00m);
        breakdown.Status.ShouldBe(BreakdownStatus.Draft);
    }

    [Fact]
    public void ShowsAnOverAllocationWhenTheAmountShrinks()
    {
        var target = TestTargets.Company(300.00m);
        var regions = TestTargets.Members(3);
        target.SetAllocations(Dimension.Region, TestTargets.Amounts(regions, 100m, 100m, 100m), TestTargets.Allowed(regions));

        target.ChangeAmount(250.00m);

        target.FindBreakdown(Dimension.Region)!.Unallocated.ShouldBe(-50.00m);
        target.BalanceProblems().ShouldBe(
            ["The region breakdown of the 2026-12 sales amount target of the company is over-allocated by 50.00."]);
    }

    [Fact]
    public void RefusesAnInvalidAmountAndKeepsTheOldOne()
    {
        var target = TestTargets.Company(100m, Metric.SalesVolume);

        Should.Throw<DomainException>(() => target.ChangeAmount(100.5m));
        Should.Throw<DomainException>(() => target.ChangeAmount(-1m));

        target.Amount.ShouldBe(100m);
    }

    [Fact]
    public void RefusesWhileLocked()
    {
        var target = TestTargets.Company(3_200_000.00m);
        target.Lock();

        Should.Throw<DomainException>(() => target.ChangeAmount(1m)).Message.ShouldBe(
            "The 2026-12 sales amount target of the company is locked because the plan for 2026-12 was approved; "
            + "a director must re-open it before it can change.");
        target.Amount.ShouldBe(3_200_000.00m);
    }
}
