using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class SplitterByWeights
{
    [Fact]
    public void SplitsInProportionToUnevenWeightsAndSumsExactly()
    {
        var reps = TestTargets.Members(3);
        var lastMonth = TestTargets.Amounts(reps, 50_000.00m, 30_000.00m, 20_000.00m);

        var shares = Splitter.ByWeights(3_333.33m, lastMonth, 2);

        shares.Values.ShouldBe([1_666.66m, 1_000.00m, 666.67m]);
        shares.Values.Sum().ShouldBe(3_333.33m);
    }

    [Fact]
    public void PutsTheRemainderWhereRoundingCutMost()
    {
        // Exact shares 7.3, 2.35 and 0.35 units: rounded down 7 / 2 / 0, one unit left over,
        // which goes to the 2.35 (ties on .35 go to the larger share).
        var members = TestTargets.Members(3);

        var shares = Splitter.ByWeights(10m, TestTargets.Amounts(members, 730m, 235m, 35m), 0);

        shares.Values.ShouldBe([7m, 3m, 0m]);
    }

    [Fact]
    public void GivesAMemberWithZeroWeightNothing()
    {
        var members = TestTargets.Members(3);

        var shares = Splitter.ByWeights(10m, TestTargets.Amounts(members, 1m, 0m, 1m), 0);

        shares.Values.ShouldBe([5m, 0m, 5m]);
    }

    [Fact]
    public void SplitsEvenlyWhenEveryWeightIsZero()
    {
        var members = TestTargets.Members(3);

        var shares = Splitter.ByWeights(100.00m, TestTargets.Amounts(members, 0m, 0m, 0m), 2);

        shares.Values.ShouldBe([33.34m, 33.33m, 33.33m]);
    }

    [Fact]
    public void AcceptsWeightsWithDifferentScales()
    {
        var members = TestTargets.Members(3);

        var shares = Splitter.ByWeights(6m, TestTargets.Amounts(members, 1m, 2.0m, 0.003m), 0);

        shares.Values.Sum().ShouldBe(6m);
        shares.Values.ShouldBe([2m, 4m, 0m]);
    }

    [Fact]
    public void RefusesANegativeWeight()
    {
        var members = TestTargets.Members(2);

        Should.Throw<DomainException>(() => Splitter.ByWeights(10m, TestTargets.Amounts(members, 5m, -1m), 0))
            .Message.ShouldBe($"A split cannot be weighted by a negative figure; {members[1]} has one.");
    }

    [Fact]
    public void RefusesNoMembers()
    {
        Should.Throw<DomainException>(() => Splitter.ByWeights(10m, new Dictionary<Guid, decimal>(), 0));
    }

    [Fact]
    public void SumsExactlyAndStaysWithinOneUnitOfTheExactShareForManyRandomSplits()
    {
        var random = new Random(20261201);
        for (var run = 0; run < 3_000; run++)
        {
            var decimals = random.Next(2) == 0 ? 0 : 2;
            var unit = decimals == 0 ? 1m : 0.01m;
            var total = RandomTotal(random) * unit;
            var members = TestTargets.Members(random.Next(1, 13));
            var weights = members.ToDictionary(m => m, _ => RandomWeight(random));

            var shares = Splitter.ByWeights(total, weights, decimals);

            var context = $"run {run}: {total} over [{string.Join(", ", weights.Values)}]";
            shares.Keys.ShouldBe(members, context);
            shares.Values.Sum().ShouldBe(total, context);
            var weightSum = weights.Values.Sum();
            foreach (var member in members)
            {
                var share = shares[member];
                var exact = weightSum == 0 ? total / members.Length : total * weights[member] / weightSum;
                share.ShouldBeGreaterThanOrEqualTo(0m, context);
                decimal.Round(share, decimals).ShouldBe(share, context);
                Math.Abs(share - exact).ShouldBeLessThan(unit, context);
                if (weightSum != 0 && weights[member] == 0)
                {
                    share.ShouldBe(0m, context);
                }
            }
        }
    }

    private static decimal RandomTotal(Random random) => random.Next(4) switch
    {
        0 => random.Next(0, 10),
        1 => random.Next(0, 1_000),
        2 => random.Next(0, 1_000_000),
        _ => random.NextInt64(0, 99_999_999_999_999),
    };

    private static decimal RandomWeight(Random random) => random.Next(5) switch
    {
        0 => 0m,
        1 => random.Next(1, 10),
        2 => random.Next(0, 1_000_000) / 100m,
        3 => random.Next(0, 1_000) / 1_000m,
        _ => random.NextInt64(0, 99_999_999_999_999) / 100m,
    };
}
