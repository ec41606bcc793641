using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class SplitterFromPercentages
{
    private readonly Guid[] _regions = TestTargets.Members(3);

    [Fact]
    public void TurnsFortyThirtyFiveTwentyFiveIntoExactAmounts()
    {
        var amounts = Splitter.FromPercentages(3_200_000.00m, TestTargets.Amounts(_regions, 40m, 35m, 25m), 2);

        amounts.Values.ShouldBe([1_280_000.00m, 1_120_000.00m, 800_000.00m]);
    }

    [Fact]
    public void SumsExactlyWhenThePercentagesMakeOneHundred()
    {
        var amounts = Splitter.FromPercentages(100.00m, TestTargets.Amounts(_regions, 33.33m, 33.33m, 33.34m), 2);

        amounts.Values.ShouldBe([33.33m, 33.33m, 33.34m]);
        amounts.Values.Sum().ShouldBe(100.00m);
    }

    [Fact]
    public void LeavesTheRestUnallocatedWhenThePercentagesMakeLessThanOneHundred()
    {
        var amounts = Splitter.FromPercentages(1_000.00m, TestTargets.Amounts(_regions, 40m, 35m, 20m), 2);

        amounts.Values.ShouldBe([400.00m, 350.00m, 200.00m]);
        amounts.Values.Sum().ShouldBe(950.00m);
    }

    [Fact]
    public void RoundsVolumeToWholeUnits()
    {
        var amounts = Splitter.FromPercentages(7m, TestTargets.Amounts(_regions, 50m, 25m, 25m), 0);

        amounts.Values.ShouldBe([3m, 2m, 2m]);
    }

    [Fact]
    public void RefusesPercentagesOverOneHundredInTotal()
    {
        Should.Throw<TargetRulesException>(
                () => Splitter.FromPercentages(100m, TestTargets.Amounts(_regions, 50m, 50m, 0.5m), 2))
            .Message.ShouldBe("The percentages add up to 100.5%; at most 100% can be allocated.");
    }

    [Fact]
    public void RefusesANegativePercentage()
    {
        Should.Throw<TargetRulesException>(
                () => Splitter.FromPercentages(100m, TestTargets.Amounts(_regions, 50m, -10m, 10m), 2))
            .Problems.ShouldBe([$"The percentage for {_regions[1]} must be between 0 and 100; it is -10."]);
    }
}
