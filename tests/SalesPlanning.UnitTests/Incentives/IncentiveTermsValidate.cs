using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.UnitTests.Incentives;

/// <summary>The incentive plan's rules (issue 14): rates 0–100 with two decimals, tiers contiguous and non-overlapping, shares to 100.</summary>
public class IncentiveTermsValidate
{
    private static IncentiveTerms WithSalesRepTiers(params CommissionTier[] tiers) =>
        IncentiveTerms.Seed003 with
        {
            Grades = IncentiveTerms.Seed003.Grades.Select(g => g.Grade == Grade.SalesRep ? g with { Tiers = tiers } : g).ToList(),
        };

    private const string SalesRepTiers = "Grades[2].Tiers";

    [Fact]
    public void Seed003sTermsHold() => IncentiveTerms.Seed003.Problems().ShouldBeEmpty();

    public static TheoryData<CommissionTier[], string, string, string[]> BrokenTiers => new()
    {
        { [new(10m, 60m, 1m), new(60m, null, 3m)], SalesRepTiers + "[0].FromPercent", IncentiveRules.TierGap, ["0", "10"] },
        { [new(0m, 60m, 1m), new(70m, null, 3m)], SalesRepTiers + "[1].FromPercent", IncentiveRules.TierGap, ["60", "70"] },
        { [new(0m, 60m, 1m), new(50m, null, 3m)], SalesRepTiers + "[1].FromPercent", IncentiveRules.TierOverlap, ["50", "60"] },
        { [new(0m, 60m, 1m), new(60m, 60m, 3m), new(60m, null, 4m)], SalesRepTiers + "[1].ToPercent", IncentiveRules.TierEmpty, ["60", "60"] },
        { [new(0m, 60m, 1m), new(60m, 100m, 3m)], SalesRepTiers + "[1].ToPercent", IncentiveRules.TierNotOpenEnded, ["100"] },
        { [new(0m, null, 1m), new(60m, null, 3m)], SalesRepTiers + "[1].FromPercent", IncentiveRules.TierOverlap, ["60", "∞"] },
        { [new(0m, 60m, 100.01m), new(60m, null, 3m)], SalesRepTiers + "[0].Rate", IncentiveRules.RateOutOfRange, ["0", "100"] },
        { [new(0m, 60m, 1.005m), new(60m, null, 3m)], SalesRepTiers + "[0].Rate", IncentiveRules.RateOutOfRange, ["0", "100"] },
        { [new(0m, 60m, -1m), new(60m, null, 3m)], SalesRepTiers + "[0].Rate", IncentiveRules.RateOutOfRange, ["0", "100"] },
        { [new(0m, 60.001m, 1m)], SalesRepTiers + "[0].ToPercent", IncentiveRules.BoundOutOfRange, ["0", "1000"] },
        { [], SalesRepTiers, IncentiveRules.TiersMissing, [] },
    };

    [Theory]
    [MemberData(nameof(BrokenTiers))]
    public void ShowsTheGapOrOverlapAtTheField(CommissionTier[] tiers, string field, string code, string[] args)
    {
        var problem = WithSalesRepTiers(tiers).Problems().ShouldHaveSingleItem();

        problem.Field.ShouldBe(field);
        problem.Code.ShouldBe(code);
        problem.Args.ShouldBe(args);
    }

    [Fact]
    public void RefusesSharesThatDoNotAddUpTo100()
    {
        var problem = (IncentiveTerms.Seed003 with { QuarterBestShare = 6m }).Problems().ShouldHaveSingleItem();

        problem.Code.ShouldBe(IncentiveRules.SharesMustSumTo100);
        problem.Args.ShouldBe(["101"]);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(12.345)]
    public void RefusesARateOutside0To100OrWithMoreThanTwoDecimals(double rate)
    {
        var problem = (IncentiveTerms.Seed003 with { HoldbackPercent = (decimal)rate }).Problems().ShouldHaveSingleItem();

        (problem.Field, problem.Code).ShouldBe((nameof(IncentiveTerms.HoldbackPercent), IncentiveRules.RateOutOfRange));
    }

    [Theory]
    [InlineData(Grade.SalesRep, -1, IncentiveRules.AmountInvalid)]
    [InlineData(Grade.SalesRep, 5000.001, IncentiveRules.AmountInvalid)]
    [InlineData(Grade.PartTime, 100, IncentiveRules.NoBasePay)]
    public void RefusesABasePayThatIsNotMoneyOrGivenToAPartTimer(Grade grade, double basePay, string code)
    {
        var terms = IncentiveTerms.Seed003 with
        {
            Grades = IncentiveTerms.Seed003.Grades.Select(g => g.Grade == grade ? g with { BasePay = (decimal)basePay } : g).ToList(),
        };

        terms.Problems().ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Fact]
    public void RefusesTiersForTheHeadAndAMissingGrade()
    {
        var terms = IncentiveTerms.Seed003 with
        {
            Grades = IncentiveTerms.Seed003.Grades
                .Where(g => g.Grade != Grade.NonSales)
                .Select(g => g.Grade == Grade.Head ? g with { Tiers = [new(0m, null, 1m)] } : g).ToList(),
        };

        terms.Problems().Select(p => (p.Field, p.Code)).ShouldBe(
            [("Grades[0].Tiers", IncentiveRules.NoCommission), ("Grades", IncentiveRules.GradeMissing)]);
    }

    [Fact]
    public void PicksTheTierAnAchievementFallsIn()
    {
        var tiers = IncentiveTerms.Seed003.For(Grade.SalesRep).Tiers;

        tiers.Single(t => t.Holds(59.99m)).Rate.ShouldBe(1m);
        tiers.Single(t => t.Holds(60m)).Rate.ShouldBe(3m);
        tiers.Single(t => t.Holds(120m)).Rate.ShouldBe(5m);
        tiers.Single(t => t.Holds(900m)).Rate.ShouldBe(5m);
    }
}
