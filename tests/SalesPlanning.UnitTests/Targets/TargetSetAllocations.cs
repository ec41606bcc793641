using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetSetAllocations
{
    private readonly Target _company = TestTargets.Company(3_200_000.00m);
    private readonly Guid[] _regions = TestTargets.Members(3);

    [Fact]
    public void AllocatesEachMemberItsAmount()
    {
        _company.SetAllocations(
            Dimension.Region,
            TestTargets.Amounts(_regions, 1_280_000.00m, 1_120_000.00m, 800_000.00m),
            TestTargets.Allowed(_regions));

        var breakdown = _company.FindBreakdown(Dimension.Region).ShouldNotBeNull();
        breakdown.Allocations.Select(a => (a.MemberId, a.Amount))
            .ShouldBe([(_regions[0], 1_280_000.00m), (_regions[1], 1_120_000.00m), (_regions[2], 800_000.00m)]);
        breakdown.Allocations.ShouldAllBe(a => a.BreakdownId == breakdown.Id);
        breakdown.AmountFor(_regions[1]).ShouldBe(1_120_000.00m);
        breakdown.AmountFor(Guid.NewGuid()).ShouldBeNull();
    }

    [Fact]
    public void ReportsEveryMemberAsNewTheFirstTime()
    {
        var changes = _company.SetAllocations(
            Dimension.Region, TestTargets.Amounts(_regions, 1m, 2m, 3m), TestTargets.Allowed(_regions));

        changes.ShouldBe(
        [
            new AllocationChange(_regions[0], null, 1m),
            new AllocationChange(_regions[1], null, 2m),
            new AllocationChange(_regions[2], null, 3m),
        ]);
    }

    [Fact]
    public void ReplacesTheAllocationsAndReportsOnlyWhatChanged()
    {
        var allowed = TestTargets.Allowed(_regions);
        _company.SetAllocations(Dimension.Region, TestTargets.Amounts(_regions, 1m, 2m, 3m), allowed);

        var changes = _company.SetAllocations(
            Dimension.Region,
            new Dictionary<Guid, decimal> { [_regions[0]] = 1m, [_regions[1]] = 5m },
            allowed);

        changes.ShouldBe(
        [
            new AllocationChange(_regions[2], 3m, null),
            new AllocationChange(_regions[1], 2m, 5m),
        ]);
        _company.FindBreakdown(Dimension.Region)!.Allocations.Select(a => (a.MemberId, a.Amount))
            .ShouldBe([(_regions[0], 1m), (_regions[1], 5m)]);
    }

    [Fact]
    public void NeverHoldsTwoAllocationsForOneMember()
    {
        var allowed = TestTargets.Allowed(_regions);
        _company.SetAllocations(Dimension.Region, TestTargets.Amounts(_regions, 1m, 2m, 3m), allowed);
        _company.SetAllocations(Dimension.Region, TestTargets.Amounts(_regions, 4m, 5m, 6m), allowed);

        var allocations = _company.FindBreakdown(Dimension.Region)!.Allocations;
        allocations.Select(a => a.MemberId).ShouldBe(_regions);
        allocations.Sum(a => a.Amount).ShouldBe(15m);
        _company.Breakdowns.Count.ShouldBe(1);
    }

    [Fact]
    public void KeepsAZeroAmount()
    {
        _company.SetAllocations(
            Dimension.Region, TestTargets.Amounts(_regions, 3_200_000.00m, 0m, 0m), TestTargets.Allowed(_regions));

        var breakdown = _company.FindBreakdown(Dimension.Region)!;
        breakdown.Allocations.Count.ShouldBe(3);
        breakdown.AmountFor(_regions[2]).ShouldBe(0m);
        breakdown.IsBalanced.ShouldBeTrue();
    }

    [Fact]
    public void RefusesAMemberOutsideTheAllowedSet()
    {
        var outsider = Guid.NewGuid();
        var amounts = new Dictionary<Guid, decimal> { [_regions[0]] = 1m, [outsider] = 2m };

        var ex = Should.Throw<TargetRulesException>(
            () => _company.SetAllocations(Dimension.Region, amounts, TestTargets.Allowed(_regions)));

        ex.Problems.ShouldBe(
            [$"The region {outsider} is inactive or outside this target's scope, so nothing can be allocated to it."]);
        ex.Members.ShouldBe([outsider]);
        _company.Breakdowns.ShouldBeEmpty();
    }

    [Fact]
    public void RefusesANegativeAmount()
    {
        var ex = Should.Throw<DomainException>(() => _company.SetAllocations(
            Dimension.Region, TestTargets.Amounts(_regions, 1m, -2m, 3m), TestTargets.Allowed(_regions)));

        ex.Message.ShouldBe($"The allocation to region {_regions[1]} cannot be negative; it is -2.");
    }

    [Fact]
    public void RefusesMoneyBelowTheCent()
    {
        Should.Throw<DomainException>(() => _company.SetAllocations(
            Dimension.Region, TestTargets.Amounts(_regions, 1.001m, 2m, 3m), TestTargets.Allowed(_regions)))
            .Message.ShouldContain("more than two decimal places (1.001)");
    }

    [Fact]
    public void RefusesAVolumeWithDecimals()
    {
        var region = TestTargets.Region(10m, Metric.SalesVolume);
        var reps = TestTargets.Members(2);

        Should.Throw<DomainException>(() => region.SetAllocations(
            Dimension.Rep, TestTargets.Amounts(reps, 4.5m, 5.5m), TestTargets.Allowed(reps)))
            .Message.ShouldContain("must be a whole number of units; 4.5 is not.");
    }

    [Fact]
    public void RefusesAnAllocationWithoutAMember()
    {
        Should.Throw<DomainException>(() => _company.SetAllocations(
            Dimension.Product, new Dictionary<Guid, decimal> { [Guid.Empty] = 1m }, TestTargets.Allowed()))
            .Message.ShouldBe("Every allocation needs a product.");
    }

    [Fact]
    public void ListsEveryProblemAtOnceAndChangesNothing()
    {
        var allowed = TestTargets.Allowed(_regions);
        _company.SetAllocations(Dimension.Region, TestTargets.Amounts(_regions, 1m, 2m, 3m), allowed);
        var outsider = Guid.NewGuid();
        var amounts = new Dictionary<Guid, decimal>
        {
            [_regions[0]] = -1m,
            [_regions[1]] = 0.001m,
            [outsider] = 5m,
        };

        var ex = Should.Throw<TargetRulesException>(() => _company.SetAllocations(Dimension.Region, amounts, allowed));

        ex.Problems.Count.ShouldBe(3);
        ex.Members.ShouldBe([_regions[0], _regions[1], outsider]);
        _company.FindBreakdown(Dimension.Region)!.Allocations.Select(a => a.Amount).ShouldBe([1m, 2m, 3m]);
    }

    [Fact]
    public void RefusesADimensionTheScopeCannotBreakDownAlong()
    {
        Should.Throw<DomainException>(() => _company.SetAllocations(
            Dimension.Rep, TestTargets.Amounts(_regions, 1m, 2m, 3m), TestTargets.Allowed(_regions)));
    }

    [Fact]
    public void RefusesWhileLocked()
    {
        var allowed = TestTargets.Allowed(_regions);
        _company.SetAllocations(Dimension.Region, TestTargets.Amounts(_regions, 1m, 2m, 3m), allowed);
        _company.Lock();

        Should.Throw<DomainException>(() => _company.SetAllocations(
            Dimension.Region, TestTargets.Amounts(_regions, 4m, 5m, 6m), allowed))
            .Message.ShouldContain("is locked");
        _company.FindBreakdown(Dimension.Region)!.Allocations.Select(a => a.Amount).ShouldBe([1m, 2m, 3m]);
    }
}
