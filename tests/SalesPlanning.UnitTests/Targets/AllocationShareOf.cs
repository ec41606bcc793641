using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class AllocationShareOf
{
    private readonly Target _target = TestTargets.Company(3_200_000.00m);
    private readonly Guid _region = Guid.NewGuid();

    [Fact]
    public void IsThePercentageOfTheParent()
    {
        var allocation = Allocate(1_120_000.00m);

        allocation.ShareOf(3_200_000.00m).ShouldBe(35m);
    }

    [Fact]
    public void IsUnroundedForAThird()
    {
        var allocation = Allocate(1m);

        decimal.Round(allocation.ShareOf(3m), 4).ShouldBe(33.3333m);
    }

    [Fact]
    public void IsZeroForAZeroParent()
    {
        Allocate(0m).ShareOf(0m).ShouldBe(0m);
    }

    private Allocation Allocate(decimal amount)
    {
        _target.SetAllocations(
            Dimension.Region, new Dictionary<Guid, decimal> { [_region] = amount }, TestTargets.Allowed(_region));
        return _target.FindBreakdown(Dimension.Region)!.Allocations.ShouldHaveSingleItem();
    }
}
