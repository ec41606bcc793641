using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class AnnualTargetSpread
{
    [Fact]
    public void SpreadsSeed003sThirtySixMillionBySeason()
    {
        var annual = new AnnualTarget(2027, Metric.SalesAmount, 36_000_000.00m);

        var months = annual.Spread(MonthlyDistribution.SeasonalPreset());

        months.Keys.ShouldBe(Enumerable.Range(1, 12).Select(m => Period.From(2027, m)));
        months[Period.From(2027, 1)].ShouldBe(3_200_400.00m);
        months[Period.From(2027, 4)].ShouldBe(2_800_800.00m);
        months[Period.From(2027, 12)].ShouldBe(3_193_200.00m);
        months.Values.Sum().ShouldBe(36_000_000.00m);
    }

    [Fact]
    public void SpreadsSeed003sSeasonalSchemeExactlyByWeights()
    {
        var annual = new AnnualTarget(2027, Metric.SalesAmount, 36_000_000.00m);
        var weights = Enumerable.Range(1, 12).Select(m => MonthlyDistribution.IsLowSeason(m) ? 2.8m : 3.2m).ToList();

        var months = annual.SpreadByWeights(weights);

        months.Values.ShouldBe([3_200_000.00m, 3_200_000.00m, 3_200_000.00m, 2_800_000.00m, 2_800_000.00m, 2_800_000.00m,
            2_800_000.00m, 2_800_000.00m, 2_800_000.00m, 3_200_000.00m, 3_200_000.00m, 3_200_000.00m]);
    }

    [Fact]
    public void SpreadsByTheMonthsAmountsAndKeepsTheExactSum()
    {
        var annual = new AnnualTarget(2027, Metric.SalesAmount, 100.00m);

        var months = annual.SpreadByWeights([1m, 1m, 1m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m]);

        months.Values.ShouldBe([33.34m, 33.33m, 33.33m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m]);
    }

    public static TheoryData<decimal[], string> BadWeights() => new()
    {
        { [1m, 1m, 1m], "12 weights" },
        { [-1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m], "zero or more" },
        { [1.005m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m], "more than two decimal places" },
        { [0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m], "above zero" },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public void RefusesWeightsThatCannotSpreadAYear(decimal[] weights, string problem)
    {
        var annual = new AnnualTarget(2027, Metric.SalesAmount, 100.00m);

        var refused = Should.Throw<TargetRulesException>(() => annual.SpreadByWeights(weights));

        refused.Message.ShouldContain(problem);
        MonthlyDistribution.WeightProblems(weights).ShouldNotBeEmpty();
    }

    [Fact]
    public void PutsTheFirstQuarterDistributionIntoJanuaryToMarch()
    {
        var annual = new AnnualTarget(2027, Metric.Collections, 1_000.00m);

        var months = annual.Spread(MonthlyDistribution.Create("Q1", MonthlyDistributionCreate.FirstQuarterOnly));

        months.Values.ShouldBe([500.00m, 300.00m, 200.00m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m]);
    }

    [Fact]
    public void SpreadsVolumeInWholeUnitsThatSumExactly()
    {
        var annual = new AnnualTarget(2027, Metric.SalesVolume, 1_000m);

        var months = annual.Spread(MonthlyDistribution.EvenPreset());

        months.Values.ShouldBe([84m, 84m, 84m, 83m, 83m, 83m, 83m, 83m, 83m, 83m, 83m, 84m]);
        months.Values.Sum().ShouldBe(1_000m);
    }

    [Fact]
    public void SumsExactlyForManyAmounts()
    {
        var random = new Random(2027);
        var presets = new[] { MonthlyDistribution.EvenPreset(), MonthlyDistribution.SeasonalPreset() };
        for (var run = 0; run < 1_000; run++)
        {
            var metric = (Metric)random.Next(3);
            var unit = MetricRules.IsMoney(metric) ? 0.01m : 1m;
            var amount = random.NextInt64(0, (long)(MetricRules.MaxAmount(metric) / unit) + 1) * unit;
            var percentages = presets[run % 2];

            var months = new AnnualTarget(2027, metric, amount).Spread(percentages);

            months.Values.Sum().ShouldBe(amount, $"run {run}: {metric} {amount}");
            for (var month = 0; month < 12; month++)
            {
                var exact = amount * percentages[month] / 100m;
                Math.Abs(months.Values.ElementAt(month) - exact).ShouldBeLessThan(unit, $"run {run}, month {month + 1}");
            }
        }
    }

    [Fact]
    public void RefusesPercentagesThatAreNotADistribution()
    {
        var annual = new AnnualTarget(2027, Metric.SalesAmount, 1_000.00m);

        Should.Throw<TargetRulesException>(() => annual.Spread([100m]));
        Should.Throw<TargetRulesException>(() => annual.Spread(Enumerable.Repeat(8.33m, 12).ToArray()));
    }

    [Fact]
    public void RefusesAnInvalidAnnualAmount()
    {
        Should.Throw<DomainException>(() => new AnnualTarget(2027, Metric.SalesVolume, 10.5m))
            .Message.ShouldBe("The annual target must be a whole number of units; 10.5 is not.");
        Should.Throw<DomainException>(() => new AnnualTarget(2027, Metric.SalesAmount, -1m));
    }

    [Fact]
    public void RefusesAYearOutsideTheSupportedRange()
    {
        Should.Throw<DomainException>(() => new AnnualTarget(1999, Metric.SalesAmount, 1m));
    }
}
