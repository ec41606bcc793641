using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class WeekOfMonthContains
{
    [Fact]
    public void IncludesItsFirstAndLastDayAndNothingOutside()
    {
        var week = WeekOfMonth.From(Period.From(2026, 12), 2); // 7-13 December

        week.Contains(new DateOnly(2026, 12, 7)).ShouldBeTrue();
        week.Contains(new DateOnly(2026, 12, 13)).ShouldBeTrue();
        week.Contains(new DateOnly(2026, 12, 6)).ShouldBeFalse();
        week.Contains(new DateOnly(2026, 12, 14)).ShouldBeFalse();
    }

    [Fact]
    public void ExcludesDaysOfTheNeighbouringMonthInTheSameCalendarWeek()
    {
        // 2026-11-30 (Monday) to 2026-12-06 (Sunday) is one calendar week split over two months.
        var lastOfNovember = WeekOfMonth.From(Period.From(2026, 11), 6);
        var firstOfDecember = WeekOfMonth.From(Period.From(2026, 12), 1);

        lastOfNovember.Contains(new DateOnly(2026, 12, 1)).ShouldBeFalse();
        firstOfDecember.Contains(new DateOnly(2026, 11, 30)).ShouldBeFalse();
    }
}
