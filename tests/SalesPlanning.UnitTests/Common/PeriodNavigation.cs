using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class PeriodNavigation
{
    [Fact]
    public void PreviousOfJanuaryIsDecemberOfThePreviousYear()
    {
        Period.From(2026, 1).Previous().ShouldBe(Period.From(2025, 12));
    }

    [Fact]
    public void NextOfDecemberIsJanuaryOfTheNextYear()
    {
        Period.From(2026, 12).Next().ShouldBe(Period.From(2027, 1));
    }

    [Fact]
    public void PreviousAndNextMoveOneMonthWithinAYear()
    {
        Period.From(2026, 6).Previous().ShouldBe(Period.From(2026, 5));
        Period.From(2026, 6).Next().ShouldBe(Period.From(2026, 7));
    }

    [Fact]
    public void SameMonthLastYearKeepsTheMonth()
    {
        Period.From(2026, 3).SameMonthLastYear().ShouldBe(Period.From(2025, 3));
    }

    [Fact]
    public void RefusesToLeaveTheSupportedRange()
    {
        Should.Throw<DomainException>(() => Period.From(2000, 1).Previous());
        Should.Throw<DomainException>(() => Period.From(2100, 12).Next());
        Should.Throw<DomainException>(() => Period.From(2000, 6).SameMonthLastYear());
    }

    [Fact]
    public void ContainingFindsThePeriodOfADay()
    {
        Period.Containing(new DateOnly(2026, 12, 31)).ShouldBe(Period.From(2026, 12));
        Period.Containing(new DateOnly(2027, 1, 1)).ShouldBe(Period.From(2027, 1));
    }

    [Fact]
    public void ContainsOnlyDaysOfItsOwnMonth()
    {
        var period = Period.From(2026, 12);

        period.Contains(new DateOnly(2026, 12, 1)).ShouldBeTrue();
        period.Contains(new DateOnly(2026, 12, 31)).ShouldBeTrue();
        period.Contains(new DateOnly(2026, 11, 30)).ShouldBeFalse();
        period.Contains(new DateOnly(2027, 1, 1)).ShouldBeFalse();
        period.Contains(new DateOnly(2025, 12, 15)).ShouldBeFalse();
    }
}
