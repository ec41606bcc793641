using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class MonthlyDistributionChange
{
    private readonly MonthlyDistribution _distribution =
        MonthlyDistribution.Create("Even", MonthlyDistribution.EvenPreset());

    [Fact]
    public void RenamesTheDistribution()
    {
        _distribution.Rename(" Flat ");

        _distribution.Name.ShouldBe("Flat");
    }

    [Fact]
    public void RefusesABlankName()
    {
        Should.Throw<DomainException>(() => _distribution.Rename(""));
        _distribution.Name.ShouldBe("Even");
    }

    [Fact]
    public void ReplacesThePercentages()
    {
        _distribution.ChangePercentages(MonthlyDistribution.SeasonalPreset());

        _distribution.Percentages.ShouldBe(MonthlyDistribution.SeasonalPreset());
    }

    [Fact]
    public void RefusesInvalidPercentagesAndKeepsTheOldOnes()
    {
        Should.Throw<TargetRulesException>(() => _distribution.ChangePercentages([100m]));

        _distribution.Percentages.ShouldBe(MonthlyDistribution.EvenPreset());
    }
}
