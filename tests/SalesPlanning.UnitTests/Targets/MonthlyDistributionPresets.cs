using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class MonthlyDistributionPresets
{
    [Fact]
    public void TheEvenPresetIsEightThirtyThreeWithTheRemainderOnDecember()
    {
        var even = MonthlyDistribution.EvenPreset();

        even.Count.ShouldBe(12);
        even.Take(11).ShouldAllBe(p => p == 8.33m);
        even[11].ShouldBe(8.37m);
        even.Sum().ShouldBe(100.00m);
    }

    [Fact]
    public void TheSeasonalPresetSumsToExactlyOneHundred()
    {
        MonthlyDistribution.SeasonalPreset().Sum().ShouldBe(100.00m);
    }

    [Fact]
    public void TheSeasonalPresetGivesEveryPeakMonthMoreThanAnyLowMonth()
    {
        var seasonal = MonthlyDistribution.SeasonalPreset();
        var months = Enumerable.Range(1, 12).ToList();
        var low = months.Where(MonthlyDistribution.IsLowSeason).Select(m => seasonal[m - 1]).ToList();
        var peak = months.Where(m => !MonthlyDistribution.IsLowSeason(m)).Select(m => seasonal[m - 1]).ToList();

        low.Count.ShouldBe(6);
        peak.Min().ShouldBeGreaterThan(low.Max());
    }

    [Fact]
    public void TheSeasonalPresetFollowsTwoPointEightToThreePointTwoWithTheRemainderOnDecember()
    {
        MonthlyDistribution.SeasonalPreset().ShouldBe(
            [8.89m, 8.89m, 8.89m, 7.78m, 7.78m, 7.78m, 7.78m, 7.78m, 7.78m, 8.89m, 8.89m, 8.87m]);
    }

    [Fact]
    public void LowSeasonIsAprilToSeptember()
    {
        Enumerable.Range(1, 12).Where(MonthlyDistribution.IsLowSeason).ShouldBe([4, 5, 6, 7, 8, 9]);
    }

    [Fact]
    public void BothPresetsAreValidDistributions()
    {
        MonthlyDistribution.ProblemsWith(MonthlyDistribution.EvenPreset()).ShouldBeEmpty();
        MonthlyDistribution.ProblemsWith(MonthlyDistribution.SeasonalPreset()).ShouldBeEmpty();
    }

    [Fact]
    public void EachCallGivesAFreshList()
    {
        MonthlyDistribution.EvenPreset().ShouldNotBeSameAs(MonthlyDistribution.EvenPreset());
        MonthlyDistribution.EvenPreset().ShouldBeAssignableTo<System.Collections.ObjectModel.ReadOnlyCollection<decimal>>();
    }
}
