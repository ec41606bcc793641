using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.UnitTests.Performance;

/// <summary>Weekly reports on time: first saved by the Monday after the week (seed 004 item 11).</summary>
public class ScorecardWeeklyReportsOnTime
{
    [Fact]
    public void GivesAWeekUntilTheMondayAfterItsSunday()
    {
        // December 2026: week 1 is Tuesday 1 to Sunday 6.
        var week = WeekOfMonth.From(Period.From(2026, 12), 1);

        WeeklyReports.Deadline(week).ShouldBe(new DateOnly(2026, 12, 7));
        WeeklyReports.IsOnTime(week, new DateOnly(2026, 12, 7)).ShouldBeTrue();
        WeeklyReports.IsOnTime(week, new DateOnly(2026, 12, 8)).ShouldBeFalse();
    }

    [Fact]
    public void GivesAWeekTheMonthsEndCutsShortUntilTheMondayAfterItsSunday()
    {
        // November 2026 ends on Monday 30, a week of one day; its Sunday is 6 December.
        var week = WeekOfMonth.From(Period.From(2026, 11), 6);

        week.Days.ShouldBe(1);
        WeeklyReports.Deadline(week).ShouldBe(new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void CountsTheWeeksBegunByToday()
    {
        var december = Period.From(2026, 12);

        WeeklyReports.WeeksBegun(december, new DateOnly(2026, 11, 30)).ShouldBe(0);
        WeeklyReports.WeeksBegun(december, new DateOnly(2026, 12, 1)).ShouldBe(1);
        WeeklyReports.WeeksBegun(december, new DateOnly(2026, 12, 7)).ShouldBe(2);
        WeeklyReports.WeeksBegun(december, new DateOnly(2027, 1, 15)).ShouldBe(december.Weeks().Count);
    }
}
