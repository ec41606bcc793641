using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.UnitTests.Incentives;

/// <summary>docs/incentives.md's worked examples, every line as computed by hand there, with seed 003's terms.</summary>
public class WorkedExampleCalculate
{
    private static readonly Guid Zhang = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid An = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Bai = new("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid Chen = new("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid Du = new("00000000-0000-0000-0000-00000000000e");
    private static readonly Guid Fang = new("00000000-0000-0000-0000-00000000000f");
    private static readonly Guid Gao = new("00000000-0000-0000-0000-000000000010");

    private static readonly IncentiveMonth December = new(
        Period.From(2026, 12),
        DepartmentTarget: 1_000_000m,
        DepartmentSales: 1_110_000m,
        People:
        [
            new(Zhang, "Zhang", Grade.Head, null, 0m, CollectionsByAge.Zero),
            new(An, "An", Grade.SeniorRep, 400_000m, 480_000m, new(300_000m, 40_000m, 10_000m), 15_432.10m),
            new(Bai, "Bai", Grade.SalesRep, 300_000m, 120_000m, new(80_000m, 41_001m, 0m), 800m),
            new(Chen, "Chen", Grade.Probation, 200_000m, 190_000m, new(150_000m, 0m, 0m), 420m),
            new(Du, "Du", Grade.PartTime, null, 60_000m, new(50_000m, 0m, 8_000m), 600m),
            new(Fang, "Fang", Grade.SalesRep, 250_000m, 260_000m, new(200_000m, 0m, 0m), 7_000m),
            new(Gao, "Gao", Grade.NonSales, null, 0m, CollectionsByAge.Zero),
        ],
        QuarterReservedEarlier: IncentiveCalculator.PoolOf(IncentiveTerms.Seed003, 1_000_000m, 1_040_000m).QuarterReserve,
        Quarter:
        [
            new(An, 1_300_000m, 1_200_000m),
            new(Bai, 420_000m, 900_000m),
            new(Chen, 450_000m, 500_000m),
            new(Fang, 800_000m, 700_000m),
        ]);

    private static readonly IncentiveResult Result = IncentiveCalculator.Calculate(IncentiveTerms.Seed003, December);

    private static IncentiveStatement Of(Guid person) => Result.Statements.Single(s => s.PersonId == person);

    private static (LineKind Kind, decimal Amount)[] Lines(Guid person) => Of(person).Lines.Select(l => (l.Kind, l.Amount)).ToArray();

    [Fact]
    public void OctobersPoolReservedItsFivePercentForTheQuarter() =>
        IncentiveCalculator.PoolOf(IncentiveTerms.Seed003, 1_000_000m, 1_040_000m).QuarterReserve.ShouldBe(520m);

    [Fact]
    public void TheHeadGetsTheFullBaseFortyPercentOfThePoolAndOnePercentOfTheExcess()
    {
        Of(Zhang).AchievementPercent.ShouldBe(111m);
        Lines(Zhang).ShouldBe([(LineKind.BasePay, 10_000m), (LineKind.PoolShare, 4_440m), (LineKind.OverTarget, 1_100m)]);
        Of(Zhang).Lines.Single(l => l.Kind == LineKind.OverTarget).Basis.ShouldBe(110_000m);
        Of(Zhang).Payable.ShouldBe(15_540m);
    }

    [Fact]
    public void TheSeniorRepOverTargetEarnsTheTopTierOnAgeWeightedCollectionsAndGetsTheYearsHoldbacks()
    {
        var an = Of(An);
        an.AchievementPercent.ShouldBe(120m);
        an.CommissionBase.ShouldBe(320_000m);
        an.Lines.Single(l => l.Kind == LineKind.Commission).Tier.ShouldBe(new CommissionTier(120m, null, 6m));
        Lines(An).ShouldBe(
        [
            (LineKind.BasePay, 6_000m), (LineKind.Commission, 19_200m), (LineKind.PoolShare, 2_537.14m),
            (LineKind.Holdback, -1_920m), (LineKind.HoldbackRelease, 17_352.10m),
        ]);
        an.Lines.Single(l => l.Kind == LineKind.PoolShare).Percent.ShouldBe(45.71m);
        an.Payable.ShouldBe(43_169.24m);
    }

    [Fact]
    public void TheRepUnderFiftyPercentGetsTheFloorTheFirstTierRoundedAwayFromZeroAndForfeitsTheirPoolShare()
    {
        var bai = Of(Bai);
        bai.AchievementPercent.ShouldBe(40m);
        bai.CommissionBase.ShouldBe(100_500.50m);
        bai.Lines.Single(l => l.Kind == LineKind.BasePay).Percent.ShouldBe(50m);
        Lines(Bai).ShouldBe(
        [
            (LineKind.BasePay, 2_500m), (LineKind.Commission, 1_005.01m), (LineKind.PoolShareForfeited, 0m),
            (LineKind.Holdback, -100.50m), (LineKind.HoldbackRelease, 900.50m),
        ]);
        bai.Lines.Single(l => l.Kind == LineKind.PoolShareForfeited).Basis.ShouldBe(634.28m);
        bai.Payable.ShouldBe(4_305.01m);
    }

    [Fact]
    public void TheProbationerJustUnderTargetGetsBaseTimesAchievementAndForfeitsTheirPoolShare()
    {
        Lines(Chen).ShouldBe(
        [
            (LineKind.BasePay, 3_800m), (LineKind.Commission, 3_000m), (LineKind.PoolShareForfeited, 0m),
            (LineKind.Holdback, -300m), (LineKind.HoldbackRelease, 720m),
        ]);
        Of(Chen).Lines.Single(l => l.Kind == LineKind.PoolShareForfeited).Basis.ShouldBe(1_004.29m);
        Of(Chen).Payable.ShouldBe(7_220m);
    }

    [Fact]
    public void ThePartTimerHasNoBaseAFlatRateAndNothingForReceivablesOverSixMonths()
    {
        Of(Du).CommissionBase.ShouldBe(50_000m);
        Lines(Du).ShouldBe([(LineKind.Commission, 1_250m), (LineKind.Holdback, -125m), (LineKind.HoldbackRelease, 725m)]);
        Of(Du).Payable.ShouldBe(1_850m);
    }

    [Fact]
    public void TheQuartersBestRepGetsTheQuartersReserves()
    {
        Lines(Fang).ShouldBe(
        [
            (LineKind.BasePay, 5_000m), (LineKind.Commission, 8_000m), (LineKind.PoolShare, 1_374.29m),
            (LineKind.QuarterBest, 1_075m), (LineKind.Holdback, -800m), (LineKind.HoldbackRelease, 7_800m),
        ]);
        Of(Fang).Lines.Single(l => l.Kind == LineKind.QuarterBest).Percent.ShouldBe(114.29m);
        Of(Fang).Payable.ShouldBe(22_449.29m);
    }

    [Fact]
    public void NonSalesStaffGetTheirBaseAndFivePercentOfThePool()
    {
        Lines(Gao).ShouldBe([(LineKind.BasePay, 5_000m), (LineKind.PoolShare, 555m)]);
        Of(Gao).Payable.ShouldBe(5_555m);
    }

    [Fact]
    public void ThePoolReconcilesToTheCent()
    {
        var pool = Result.Pool;
        (pool.Pool, pool.HeadPart, pool.RepsPart, pool.NonSalesPart, pool.QuarterReserve).ShouldBe((11_100m, 4_440m, 5_550m, 555m, 555m));
        pool.RepsPaid.ShouldBe(3_911.43m);
        pool.Fund.ShouldBe(1_638.57m);
        pool.QuarterAwarded.ShouldBe(1_075m);
        (pool.HeadPaid + pool.RepsPaid + pool.NonSalesPaid).ShouldBe(Result.Total(LineKind.PoolShare));
        (pool.HeadPaid + pool.RepsPaid + pool.NonSalesPaid + pool.QuarterReserve + pool.Fund).ShouldBe(pool.Pool);
        Result.Payable.ShouldBe(100_088.54m);
    }

    [Fact]
    public void EveryStatementsPayableIsTheSumOfItsLines()
    {
        foreach (var statement in Result.Statements)
        {
            statement.Lines.Sum(l => l.Amount).ShouldBe(statement.Payable);
            statement.Lines.ShouldAllBe(l => decimal.Round(l.Amount, 2) == l.Amount);
        }
    }

    [Fact]
    public void AMonthBelowTargetPaysNoPoolReducesTheHeadsBaseAndHoldsWithoutReleasing()
    {
        var november = new IncentiveMonth(
            Period.From(2026, 11),
            1_000_000m,
            950_000m,
            [
                new(Zhang, "Zhang", Grade.Head, null, 0m, CollectionsByAge.Zero),
                new(An, "An", Grade.SeniorRep, 400_000m, 320_000m, new(250_000m, 0m, 0m), 14_000m),
            ]);

        var result = IncentiveCalculator.Calculate(IncentiveTerms.Seed003, november);

        result.Pool.Met.ShouldBeFalse();
        result.Pool.Pool.ShouldBe(0m);
        result.Statements[0].Lines.Select(l => (l.Kind, l.Amount)).ShouldBe([(LineKind.BasePay, 9_500m)]);
        result.Statements[1].Lines.Select(l => (l.Kind, l.Amount)).ShouldBe(
            [(LineKind.BasePay, 4_800m), (LineKind.Commission, 10_000m), (LineKind.Holdback, -1_000m)]);
        result.Statements[1].Payable.ShouldBe(13_800m);
    }
}
