using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class PeriodWeekOf
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(27, 4)]
    [InlineData(28, 5)]
    [InlineData(31, 5)]
    public void FindsTheWeekADayFallsIn(int day, int expectedWeek)
    {
        // 2026-12-01 is a Tuesday, 2026-12-07 a Monday.
        var period = Period.From(2026, 12);

        var week = period.WeekOf(new DateOnly(2026, 12, day));

        week.Number.ShouldBe(expectedWeek);
        week.ShouldBe(WeekOfMonth.From(period, expectedWeek));
    }

    [Fact]
    public void RejectsADayOutsideThePeriod()
    {
        var ex = Should.Throw<DomainException>(() => Period.From(2026, 12).WeekOf(new DateOnly(2027, 1, 1)));

        ex.Message.ShouldBe("2027-01-01 is not in 2026-12.");
    }

    [Fact]
    public void WeekOfMonthContainingFindsTheSameWeek()
    {
        var day = new DateOnly(2026, 3, 1);

        WeekOfMonth.Containing(day).ShouldBe(Period.From(2026, 3).WeekOf(day));
    }
}
