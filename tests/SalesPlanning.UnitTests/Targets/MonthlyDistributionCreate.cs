using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class MonthlyDistributionCreate
{
    internal static readonly decimal[] FirstQuarterOnly = [50m, 30m, 20m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m];

    [Fact]
    public void AcceptsJanuaryFiftyFebruaryThirtyMarchTwenty()
    {
        var distribution = MonthlyDistribution.Create("First quarter", FirstQuarterOnly);

        distribution.Id.ShouldNotBe(Guid.Empty);
        distribution.Name.ShouldBe("First quarter");
        distribution.Percentages.ShouldBe(FirstQuarterOnly);
        distribution.PercentFor(2).ShouldBe(30m);
    }

    [Fact]
    public void TrimsTheName()
    {
        MonthlyDistribution.Create("  Seasonal 2027  ", MonthlyDistribution.SeasonalPreset()).Name.ShouldBe("Seasonal 2027");
    }

    [Fact]
    public void KeepsItsOwnCopyOfThePercentages()
    {
        var percentages = (decimal[])FirstQuarterOnly.Clone();
        var distribution = MonthlyDistribution.Create("Q1", percentages);

        percentages[0] = 0m;

        distribution.PercentFor(1).ShouldBe(50m);
    }

    [Fact]
    public void RefusesASumOfOneHundredPointZeroOne()
    {
        decimal[] percentages = [50.01m, 30m, 20m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m];

        var ex = Should.Throw<TargetRulesException>(() => MonthlyDistribution.Create("Q1", percentages));

        ex.Message.ShouldBe("The percentages add up to 100.01; they must add up to exactly 100.00.");
    }

    [Fact]
    public void RefusesASumBelowOneHundred()
    {
        Should.Throw<DomainException>(() => MonthlyDistribution.Create("Flat", Enumerable.Repeat(8.33m, 12).ToArray()))
            .Message.ShouldBe("The percentages add up to 99.96; they must add up to exactly 100.00.");
    }

    [Fact]
    public void RefusesThreeDecimals()
    {
        decimal[] percentages = [50.005m, 29.995m, 20m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m];

        var ex = Should.Throw<TargetRulesException>(() => MonthlyDistribution.Create("Q1", percentages));

        ex.Problems.ShouldBe(
        [
            "The percentage for January has more than two decimal places (50.005).",
            "The percentage for February has more than two decimal places (29.995).",
        ]);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(0)]
    public void RefusesAnythingButTwelveValues(int count)
    {
        var percentages = Enumerable.Repeat(0m, count).ToArray();
        if (count > 0)
        {
            percentages[0] = 100m;
        }

        Should.Throw<DomainException>(() => MonthlyDistribution.Create("Odd", percentages)).Message
            .ShouldBe($"A monthly distribution has 12 percentages, January to December; {count} were given.");
    }

    [Fact]
    public void RefusesAMonthBelowZeroOrAboveOneHundred()
    {
        decimal[] percentages = [110m, -10m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m];

        Should.Throw<TargetRulesException>(() => MonthlyDistribution.Create("Bad", percentages)).Problems.ShouldBe(
        [
            "The percentage for January must be between 0 and 100; it is 110.",
            "The percentage for February must be between 0 and 100; it is -10.",
        ]);
    }

    [Fact]
    public void RefusesABlankOrTooLongName()
    {
        Should.Throw<DomainException>(() => MonthlyDistribution.Create("  ", FirstQuarterOnly))
            .Message.ShouldBe("The distribution name is required.");
        Should.Throw<DomainException>(() => MonthlyDistribution.Create(new string('x', TextLimits.Name + 1), FirstQuarterOnly));
    }

    [Fact]
    public void ReportsNoProblemsForAValidDistribution()
    {
        MonthlyDistribution.ProblemsWith(FirstQuarterOnly).ShouldBeEmpty();
        MonthlyDistribution.ProblemsWith(null).ShouldHaveSingleItem();
    }
}
