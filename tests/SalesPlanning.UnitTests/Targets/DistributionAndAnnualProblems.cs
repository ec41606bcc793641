using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

/// <summary>
/// A distribution's, an annual target's and a split's rules are coded once in the domain (issue 12, item 1): each
/// problem names its field and code, the domain refuses by the same list, and the service's messages by field come
/// from the codes — never from searching the domain's English sentences.
/// </summary>
public class DistributionAndAnnualProblems
{
    private static readonly decimal[] Valid = MonthlyDistributionCreate.FirstQuarterOnly;

    // Records compare their Args lists by reference: compare what they say.
    private static string Text(TargetProblem p) => $"{p.Field} {p.Code} [{string.Join(",", p.Args)}] {p.Sentence}";

    private static decimal[] With(int month, decimal value)
    {
        var percentages = (decimal[])Valid.Clone();
        percentages[month - 1] = value;
        return percentages;
    }

    [Fact]
    public void CodesABlankNameAtTheName()
    {
        MonthlyDistribution.Problems("  ", Valid).Select(Text).ShouldBe(["Name NameRequired [] The distribution name is required."]);
    }

    [Fact]
    public void CodesATooLongNameAtTheNameWithTheLimit()
    {
        var problem = MonthlyDistribution.Problems(new string('x', TextLimits.Name + 1), Valid).ShouldHaveSingleItem();

        (problem.Field, problem.Code, problem.Args.Single()).ShouldBe(("Name", TargetRules.NameTooLong, "100"));
        TargetMessages.For(problem).ShouldBe("Error_NameTooLong|100");
    }

    [Theory]
    [InlineData(11, TargetRules.PercentCount)]
    [InlineData(13, TargetRules.PercentCount)]
    public void CodesAWrongCountAtThePercentages(int count, string code)
    {
        var problem = MonthlyDistribution.CheckPercentages(Enumerable.Repeat(0m, count).ToArray()).ShouldHaveSingleItem();

        (problem.Field, problem.Code, problem.Args.Single()).ShouldBe(("Percentages", code, count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void CodesEachMonthOutOfRangeOrWithTooManyDecimalsAndTheSum()
    {
        decimal[] percentages = [110m, 29.995m, 20m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m];

        MonthlyDistribution.CheckPercentages(percentages).Select(p => (p.Field, p.Code, string.Join(",", p.Args))).ShouldBe(
        [
            ("Percentages", TargetRules.PercentOutOfRange, "1,110"),
            ("Percentages", TargetRules.PercentDecimals, "2,29.995"),
            ("Percentages", TargetRules.PercentSum, "159.995"),
        ]);
    }

    [Theory]
    [InlineData(TargetRules.WeightCount, new[] { 1.0, 1.0 })]
    [InlineData(TargetRules.WeightOutOfRange, new[] { -1.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 })]
    [InlineData(TargetRules.WeightDecimals, new[] { 1.005, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 })]
    [InlineData(TargetRules.WeightsAllZero, new[] { 0.0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void CodesWeightsThatCannotSpreadAYearAtTheWeights(string code, double[] weights)
    {
        var problem = MonthlyDistribution.CheckWeights([.. weights.Select(w => (decimal)w)]).ShouldHaveSingleItem();

        (problem.Field, problem.Code).ShouldBe(("Weights", code));
        TargetMessages.For(problem).ShouldBe(TargetMessages.WeightsInvalid);
    }

    [Fact]
    public void CodesTheYearTheMetricAndTheAmountAtTheirFields()
    {
        AnnualTarget.Problems(1999, Metric.SalesAmount, 1m).Select(p => (p.Field, p.Code, string.Join(",", p.Args)))
            .ShouldBe([("Year", TargetRules.YearOutOfRange, "1999,2000,2100")]);
        AnnualTarget.Problems(2027, (Metric)7, 1m).Select(p => (p.Field, p.Code)).ShouldBe([("Metric", TargetRules.UnknownMetric)]);
        AnnualTarget.Problems(2027, Metric.SalesVolume, 10.5m).Select(p => (p.Field, p.Code)).ShouldBe([("Amount", AmountRules.WholeUnits)]);
        AnnualTarget.Problems(2027, Metric.SalesAmount, -1m).Select(p => (p.Field, p.Code)).ShouldBe([("Amount", AmountRules.Negative)]);
        AnnualTarget.Problems(2027, Metric.SalesAmount, 1m).ShouldBeEmpty();
    }

    [Fact]
    public void RefusesByTheSameCodedProblems()
    {
        Should.Throw<TargetRulesException>(() => MonthlyDistribution.Create("", With(1, 50.001m))).Coded.Select(Text)
            .ShouldBe(MonthlyDistribution.Problems("", With(1, 50.001m)).Select(Text));
        Should.Throw<TargetRulesException>(() => MonthlyDistribution.Create("Q1", Valid).Rename(" ")).Coded.Single().Code
            .ShouldBe(TargetRules.NameRequired);
        Should.Throw<TargetRulesException>(() => new AnnualTarget(1999, Metric.SalesAmount, -1m)).Coded.Select(Text)
            .ShouldBe(AnnualTarget.Problems(1999, Metric.SalesAmount, -1m).Select(Text));
        Should.Throw<TargetRulesException>(() => new AnnualTarget(2027, Metric.SalesAmount, 1m).SpreadByWeights([0m])).Coded.Single().Code
            .ShouldBe(TargetRules.WeightCount);
    }

    [Fact]
    public void CodesASplitWithoutMembersOrWithANegativeWeight()
    {
        var member = Guid.NewGuid();

        Should.Throw<TargetRulesException>(() => Splitter.Evenly(10m, [], 0)).Coded.Single().Code.ShouldBe(TargetRules.NoMembers);
        var negative = Should.Throw<TargetRulesException>(() => Splitter.ByWeights(10m, new Dictionary<Guid, decimal> { [member] = -1m }, 0)).Coded.Single();
        (negative.Code, negative.Args.Single()).ShouldBe((TargetRules.NegativeWeight, member.ToString()));
        TargetMessages.For(negative).ShouldBe(TargetMessages.SplitNegativeWeight);
    }

    [Theory]
    [InlineData(new[] { 110.0, 29.995, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, TargetMessages.PercentagesMustSumTo100)]
    [InlineData(new[] { 50.005, 29.995, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, TargetMessages.PercentDecimals)]
    [InlineData(new[] { 50.005, 30, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, TargetMessages.PercentDecimals)]
    [InlineData(new[] { 50.01, 30, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, TargetMessages.PercentagesMustSumTo100)]
    [InlineData(new[] { 100.0 }, TargetMessages.PercentagesMustSumTo100)]
    public void TellsAFieldTheFirstThingToFixThere(double[] percentages, string message)
    {
        var errors = TargetMessages.ByField(MonthlyDistribution.Problems("Q1", [.. percentages.Select(p => (decimal)p)]));

        errors.Keys.ShouldBe(["Percentages"]);
        errors["Percentages"].ShouldBe([message]);
    }
}
