using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class MonthlyDistributionShareOfMonths
{
    private readonly MonthlyDistribution _firstQuarterOnly =
        MonthlyDistribution.Create("Q1", MonthlyDistributionCreate.FirstQuarterOnly);

    [Fact]
    public void GivesTheFirstQuarterOneHundredPercent()
    {
        _firstQuarterOnly.ShareOfMonths([1, 2, 3]).ShouldBe(100m);
    }

    [Fact]
    public void GivesTheOtherQuartersNothing()
    {
        _firstQuarterOnly.ShareOfMonths(Enumerable.Range(4, 9)).ShouldBe(0m);
    }

    [Fact]
    public void AddsUpAnyMonths()
    {
        _firstQuarterOnly.ShareOfMonths([3, 1]).ShouldBe(70m);
        _firstQuarterOnly.ShareOfMonths([]).ShouldBe(0m);
    }

    [Fact]
    public void GivesTheWholeYearExactlyOneHundred()
    {
        MonthlyDistribution.Create("Seasonal", MonthlyDistribution.SeasonalPreset())
            .ShareOfMonths(Enumerable.Range(1, 12)).ShouldBe(100.00m);
    }

    [Fact]
    public void RefusesAMonthThatDoesNotExist()
    {
        Should.Throw<DomainException>(() => _firstQuarterOnly.ShareOfMonths([0]));
        Should.Throw<DomainException>(() => _firstQuarterOnly.ShareOfMonths([13]));
    }

    [Fact]
    public void RefusesAMonthNamedTwice()
    {
        Should.Throw<DomainException>(() => _firstQuarterOnly.ShareOfMonths([1, 1]))
            .Message.ShouldBe("January is named more than once.");
    }
}
