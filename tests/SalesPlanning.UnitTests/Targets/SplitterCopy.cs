using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class SplitterCopy
{
    [Fact]
    public void KeepsLastMonthsProportionsOnThisMonthsTotal()
    {
        var regions = TestTargets.Members(3);
        var lastMonth = TestTargets.Amounts(regions, 1_280_000.00m, 1_120_000.00m, 800_000.00m);

        var split = Splitter.Copy(2_800_000.00m, lastMonth, 2);

        split.Values.ShouldBe([1_120_000.00m, 980_000.00m, 700_000.00m]);
    }

    [Fact]
    public void IsTheSameAsSplittingByLastMonthsAllocations()
    {
        var reps = TestTargets.Members(4);
        var lastMonth = TestTargets.Amounts(reps, 7m, 0m, 3m, 5m);

        Splitter.Copy(11m, lastMonth, 0).ShouldBe(Splitter.ByWeights(11m, lastMonth, 0));
    }
}
