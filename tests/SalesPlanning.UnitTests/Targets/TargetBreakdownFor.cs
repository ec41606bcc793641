using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetBreakdownFor
{
    [Fact]
    public void StartsAnEmptyBreakdownOnFirstUse()
    {
        var target = TestTargets.Company();

        var breakdown = target.BreakdownFor(Dimension.Product);

        breakdown.Id.ShouldNotBe(Guid.Empty);
        breakdown.TargetId.ShouldBe(target.Id);
        breakdown.Target.ShouldBeSameAs(target);
        breakdown.Dimension.ShouldBe(Dimension.Product);
        breakdown.Allocations.ShouldBeEmpty();
        breakdown.Unallocated.ShouldBe(target.Amount);
        breakdown.Status.ShouldBe(BreakdownStatus.Draft);
        target.Breakdowns.ShouldBe([breakdown]);
    }

    [Fact]
    public void ReturnsTheSameBreakdownTheSecondTime()
    {
        var target = TestTargets.Company();

        var first = target.BreakdownFor(Dimension.CustomerSegment);
        var second = target.BreakdownFor(Dimension.CustomerSegment);

        second.ShouldBeSameAs(first);
        target.Breakdowns.Count.ShouldBe(1);
    }

    [Fact]
    public void KeepsOneBreakdownPerDimension()
    {
        var target = TestTargets.Region();

        target.BreakdownFor(Dimension.Rep);
        target.BreakdownFor(Dimension.Product);
        target.BreakdownFor(Dimension.CustomerSegment);
        target.BreakdownFor(Dimension.Rep);

        target.Breakdowns.Select(b => b.Dimension)
            .ShouldBe([Dimension.Rep, Dimension.Product, Dimension.CustomerSegment]);
    }

    [Fact]
    public void RefusesRepsForTheCompany()
    {
        var target = TestTargets.Company();

        Should.Throw<DomainException>(() => target.BreakdownFor(Dimension.Rep)).Message.ShouldBe(
            "A company target cannot be broken down by rep; it can be broken down by region, product or customer segment.");
        target.Breakdowns.ShouldBeEmpty();
    }

    [Fact]
    public void RefusesRegionsForARegion()
    {
        Should.Throw<DomainException>(() => TestTargets.Region().BreakdownFor(Dimension.Region));
    }

    [Theory]
    [InlineData(Dimension.Region)]
    [InlineData(Dimension.Rep)]
    public void RefusesRegionsAndRepsForARep(Dimension dimension)
    {
        Should.Throw<DomainException>(() => TestTargets.Rep().BreakdownFor(dimension));
    }

    [Fact]
    public void RefusesAnUndefinedDimension()
    {
        Should.Throw<DomainException>(() => TestTargets.Company().BreakdownFor((Dimension)9))
            .Message.ShouldBe("9 is not a dimension.");
    }

    [Fact]
    public void ReturnsAnExistingBreakdownWhileLockedButStartsNoNewOne()
    {
        var target = TestTargets.Company();
        var regions = target.BreakdownFor(Dimension.Region);
        target.Lock();

        target.BreakdownFor(Dimension.Region).ShouldBeSameAs(regions);
        Should.Throw<DomainException>(() => target.BreakdownFor(Dimension.Product));
        target.Breakdowns.Count.ShouldBe(1);
    }
}
