using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class SplitterEvenly
{
    [Fact]
    public void SplitsOneHundredThreeWaysWithTheCentOnTheFirst()
    {
        var members = TestTargets.Members(3);

        var shares = Splitter.Evenly(100.00m, members, 2);

        shares.Keys.ShouldBe(members);
        shares.Values.ShouldBe([33.34m, 33.33m, 33.33m]);
        shares.Values.Sum().ShouldBe(100.00m);
    }

    [Fact]
    public void SplitsOneUnitAcrossFourRepsAsOneZeroZeroZero()
    {
        var reps = TestTargets.Members(4);

        var shares = Splitter.Evenly(1m, reps, 0);

        shares.Values.ShouldBe([1m, 0m, 0m, 0m]);
        shares[reps[0]].ShouldBe(1m);
    }

    [Fact]
    public void SpreadsSeveralLeftoverUnitsOverTheFirstRows()
    {
        var shares = Splitter.Evenly(20m, TestTargets.Members(7), 0);

        shares.Values.ShouldBe([3m, 3m, 3m, 3m, 3m, 3m, 2m]);
    }

    [Fact]
    public void KeepsTheCentsScaleOfMoney()
    {
        var shares = Splitter.Evenly(100m, TestTargets.Members(4), 2);

        shares.Values.ShouldAllBe(s => s == 25m);
        shares.Values.First().ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("25.00");
    }

    [Fact]
    public void GivesEveryoneZeroOfZero()
    {
        Splitter.Evenly(0m, TestTargets.Members(3), 2).Values.ShouldAllBe(s => s == 0m);
    }

    [Fact]
    public void RefusesNoMembers()
    {
        Should.Throw<DomainException>(() => Splitter.Evenly(1m, [], 0))
            .Message.ShouldBe("Choose at least one member to split the amount among.");
    }

    [Fact]
    public void RefusesADuplicateMember()
    {
        var member = Guid.NewGuid();

        Should.Throw<DomainException>(() => Splitter.Evenly(1m, [member, member], 0))
            .Message.ShouldBe($"{member} appears more than once; each member gets one share.");
    }

    [Fact]
    public void RefusesANegativeTotal()
    {
        Should.Throw<DomainException>(() => Splitter.Evenly(-1m, TestTargets.Members(2), 0));
    }

    [Fact]
    public void RefusesATotalFinerThanTheRounding()
    {
        Should.Throw<DomainException>(() => Splitter.Evenly(10.5m, TestTargets.Members(2), 0))
            .Message.ShouldBe("10.5 is not a whole number of units, so it cannot be split into whole units.");
        Should.Throw<DomainException>(() => Splitter.Evenly(0.001m, TestTargets.Members(2), 2));
    }

    [Fact]
    public void AcceptsATotalWithTrailingZeros()
    {
        Splitter.Evenly(10.000m, TestTargets.Members(2), 0).Values.ShouldBe([5m, 5m]);
    }
}
