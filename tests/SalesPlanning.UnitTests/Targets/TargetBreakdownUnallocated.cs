using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetBreakdownUnallocated
{
    private readonly Guid[] _regions = TestTargets.Members(3);

    [Fact]
    public void IsZeroAndBalancedWhenFortyThirtyFiveTwentyFivePercentAreAllocated()
    {
        var target = TestTargets.Company(3_200_000.00m);
        var percentages = TestTargets.Amounts(_regions, 40m, 35m, 25m);
        var amounts = Splitter.FromPercentages(target.Amount, percentages, MetricRules.Decimals(target.Metric));

        target.SetAllocations(Dimension.Region, amounts, TestTargets.Allowed(_regions));

        var breakdown = target.FindBreakdown(Dimension.Region)!;
        breakdown.Allocations.Select(a => a.Amount).ShouldBe([1_280_000.00m, 1_120_000.00m, 800_000.00m]);
        breakdown.Allocated.ShouldBe(3_200_000.00m);
        breakdown.Unallocated.ShouldBe(0m);
        breakdown.IsBalanced.ShouldBeTrue();
        breakdown.Status.ShouldBe(BreakdownStatus.Balanced);
        breakdown.ShareFor(_regions[0]).ShouldBe(40m);
        target.AllBreakdownsBalanced.ShouldBeTrue();
        target.BalanceProblems().ShouldBeEmpty();
    }

    [Fact]
    public void ReportsTheCentLeftOutAndStaysADraft()
    {
        var target = TestTargets.Company(3_200_000.00m);

        target.SetAllocations(
            Dimension.Region,
            TestTargets.Amounts(_regions, 1_280_000.00m, 1_119_999.99m, 800_000.00m),
            TestTargets.Allowed(_regions));

        var breakdown = target.FindBreakdown(Dimension.Region)!;
        breakdown.Allocated.ShouldBe(3_199_999.99m);
        breakdown.Unallocated.ShouldBe(0.01m);
        breakdown.IsBalanced.ShouldBeFalse();
        breakdown.Status.ShouldBe(BreakdownStatus.Draft);
        target.AllBreakdownsBalanced.ShouldBeFalse();
        target.BalanceProblems().ShouldBe(
            ["The region breakdown of the 2026-12 sales amount target of the company has 0.01 unallocated."]);
    }

    [Fact]
    public void IsNegativeWhenOverAllocated()
    {
        var target = TestTargets.Company(100.00m);

        target.SetAllocations(Dimension.Region, TestTargets.Amounts(_regions, 50m, 50m, 0.01m), TestTargets.Allowed(_regions));

        var breakdown = target.FindBreakdown(Dimension.Region)!;
        breakdown.Unallocated.ShouldBe(-0.01m);
        breakdown.Status.ShouldBe(BreakdownStatus.Draft);
    }

    [Fact]
    public void IsTheWholeTargetForAnEmptyBreakdown()
    {
        var target = TestTargets.Company(100.00m);

        var breakdown = target.BreakdownFor(Dimension.Product);

        breakdown.Allocated.ShouldBe(0m);
        breakdown.Unallocated.ShouldBe(100.00m);
        breakdown.Status.ShouldBe(BreakdownStatus.Draft);
    }

    [Fact]
    public void LeavesAnEmptyBreakdownOfAZeroTargetBalanced()
    {
        var target = TestTargets.Company(0m);

        target.BreakdownFor(Dimension.Product).Status.ShouldBe(BreakdownStatus.Balanced);
    }

    [Fact]
    public void KeepsABreakdownOfAZeroTargetADraftWhileSomethingIsAllocated()
    {
        var target = TestTargets.Company(0m);

        target.SetAllocations(Dimension.Region, TestTargets.Amounts(_regions, 0m, 1m, 0m), TestTargets.Allowed(_regions));

        var breakdown = target.FindBreakdown(Dimension.Region)!;
        breakdown.Unallocated.ShouldBe(-1m);
        breakdown.Status.ShouldBe(BreakdownStatus.Draft);
    }

    [Fact]
    public void CountsUnitsForVolume()
    {
        var region = TestTargets.Region(10m, Metric.SalesVolume);
        var reps = TestTargets.Members(3);

        region.SetAllocations(Dimension.Rep, TestTargets.Amounts(reps, 3m, 3m, 3m), TestTargets.Allowed(reps));

        region.FindBreakdown(Dimension.Rep)!.Unallocated.ShouldBe(1m);
        region.BalanceProblems().ShouldBe(
            ["The rep breakdown of the 2026-12 sales volume target of this region has 1 unallocated."]);
    }
}
