using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Performance;

/// <summary>
/// Seed 004 item 11 (工作计划、汇报完成率): the weeks a rep reported on time against the weeks of the month
/// begun. A week's report is on time when first saved by the end of the Monday after the week — the Monday
/// after its Sunday, also for a week the month's end cuts short.
/// </summary>
public static class WeeklyReports
{
    /// <summary>The last day a week's report is on time: the Monday after the week's Sunday.</summary>
    public static DateOnly Deadline(WeekOfMonth week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var day = week.End.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>True when a report first saved on <paramref name="enteredOn"/> is on time for <paramref name="week"/>.</summary>
    public static bool IsOnTime(WeekOfMonth week, DateOnly enteredOn) => enteredOn <= Deadline(week);

    /// <summary>The weeks of <paramref name="period"/> that have begun by <paramref name="today"/> (all of them once the month is over).</summary>
    public static int WeeksBegun(Period period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Weeks().Count(w => w.Start <= today);
    }
}
