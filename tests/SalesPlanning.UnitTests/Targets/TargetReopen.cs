using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetReopen
{
    [Fact]
    public void UnlocksALockedTargetSoItCanChangeAgain()
    {
        var target = TestTargets.Company(100.00m);
        target.Lock();

        target.Reopen();

        target.IsLocked.ShouldBeFalse();
        target.ChangeAmount(120.00m).ShouldBe(100.00m);
        target.Amount.ShouldBe(120.00m);
    }

    [Fact]
    public void RefusesATargetThatIsNotLocked()
    {
        var target = TestTargets.Company();

        Should.Throw<DomainException>(() => target.Reopen())
            .Message.ShouldBe("The 2026-12 sales amount target of the company is not locked, so there is nothing to re-open.");
    }

    [Fact]
    public void CanBeLockedAgainAfterwards()
    {
        var target = TestTargets.Company();
        target.Lock();
        target.Reopen();

        target.Lock();

        target.IsLocked.ShouldBeTrue();
    }
}
