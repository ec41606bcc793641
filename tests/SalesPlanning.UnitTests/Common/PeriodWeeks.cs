using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class PeriodWeeks
{
    public static TheoryData<int, int> MonthsFrom2024To2030()
    {
        var data = new TheoryData<int, int>();
        for (var year = 2024; year <= 2030; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                data.Add(year, month);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MonthsFrom2024To2030))]
    public void PutsEveryDayOfTheMonthInExactlyOneWeek(int year, int month)
    {
        var period = Period.From(year, month);
        var weeks = period.Weeks();

        for (var day = period.FirstDay; day <= period.LastDay; day = day.AddDays(1))
        {
            weeks.Count(w => w.Contains(day)).ShouldBe(1, $"{day:yyyy-MM-dd}");
        }

        weeks.Sum(w => w.Days).ShouldBe(period.DaysInMonth);
    }

    [Theory]
    [MemberData(nameof(MonthsFrom2024To2030))]
    public void NumbersContiguousWeeksFromOneWithinTheMonth(int year, int month)
    {
        var period = Period.From(year, month);
        var weeks = period.Weeks();

        weeks.Count.ShouldBeInRange(4, 6);
        weeks.Select(w => w.Number).ShouldBe(Enumerable.Range(1, weeks.Count));
        weeks.ShouldAllBe(w => w.Period == period);
        weeks[0].Start.ShouldBe(period.FirstDay);
        weeks[^1].End.ShouldBe(period.LastDay);
        for (var i = 1; i < weeks.Count; i++)
        {
            weeks[i].Start.ShouldBe(weeks[i - 1].End.AddDays(1));
        }
    }

    [Theory]
    [MemberData(nameof(MonthsFrom2024To2030))]
    public void RunsMondayToSundayExceptWhereClippedToTheMonth(int year, int month)
    {
        var period = Period.From(year, month);

        foreach (var week in period.Weeks())
        {
            if (week.Start != period.FirstDay)
            {
                week.Start.DayOfWeek.ShouldBe(DayOfWeek.Monday);
            }

            if (week.End != period.LastDay)
            {
                week.End.DayOfWeek.ShouldBe(DayOfWeek.Sunday);
            }

            week.Days.ShouldBeInRange(1, 7);
            week.Days.ShouldBe(week.End.DayNumber - week.Start.DayNumber + 1);
        }
    }

    [Fact]
    public void GivesFebruary2021ExactlyFourFullWeeksBecauseItStartsOnAMonday()
    {
        var weeks = Period.From(2021, 2).Weeks();

        weeks.Count.ShouldBe(4);
        weeks.ShouldAllBe(w => w.Days == 7);
        weeks[0].Start.ShouldBe(new DateOnly(2021, 2, 1));
        weeks[3].End.ShouldBe(new DateOnly(2021, 2, 28));
    }

    [Fact]
    public void GivesDecember2026FiveWeeksClippedAtBothEnds()
    {
        // 2026-12-01 is a Tuesday.
        var weeks = Period.From(2026, 12).Weeks();

        weeks.Select(w => (w.Start.Day, w.End.Day)).ShouldBe([(1, 6), (7, 13), (14, 20), (21, 27), (28, 31)]);
    }

    [Fact]
    public void GivesMarch2026SixWeeksBecauseThirtyOneDaysStartOnASunday()
    {
        // 2026-03-01 is a Sunday: a one-day first week, then four full weeks, then 30-31.
        var weeks = Period.From(2026, 3).Weeks();

        weeks.Count.ShouldBe(6);
        weeks[0].Start.ShouldBe(new DateOnly(2026, 3, 1));
        weeks[0].Days.ShouldBe(1);
        weeks[5].Start.ShouldBe(new DateOnly(2026, 3, 30));
        weeks[5].Days.ShouldBe(2);
    }

    [Fact]
    public void GivesNovember2026SixWeeksBecauseThirtyDaysStartOnASunday()
    {
        // 2026-11-01 is a Sunday; 2026-11-30 is a Monday alone in week 6.
        var weeks = Period.From(2026, 11).Weeks();

        weeks.Count.ShouldBe(6);
        weeks[5].Start.ShouldBe(new DateOnly(2026, 11, 30));
        weeks[5].Days.ShouldBe(1);
    }

    [Fact]
    public void GivesLeapFebruary2028FiveWeeksCovering29Days()
    {
        // 2028-02-01 is a Tuesday.
        var weeks = Period.From(2028, 2).Weeks();

        weeks.Count.ShouldBe(5);
        weeks.Sum(w => w.Days).ShouldBe(29);
        weeks[^1].Start.ShouldBe(new DateOnly(2028, 2, 28));
        weeks[^1].End.ShouldBe(new DateOnly(2028, 2, 29));
    }
}
