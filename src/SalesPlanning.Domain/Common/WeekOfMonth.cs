using System.Globalization;

namespace SalesPlanning.Domain.Common;

/// <summary>
/// A week (周) of a period: Monday to Sunday, clipped to the month, so every day of the month is
/// in exactly one week. A month has 4 to 6 weeks; the first and last may be shorter than 7 days.
/// </summary>
public sealed record WeekOfMonth
{
    private WeekOfMonth(Period period, int number, DateOnly start, DateOnly end)
    {
        Period = period;
        Number = number;
        Start = start;
        End = end;
    }

    public Period Period { get; }

    /// <summary>1-based position of the week in its month.</summary>
    public int Number { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static WeekOfMonth From(Period period, int number)
    {
        ArgumentNullException.ThrowIfNull(period);
        var weeks = AllOf(period);
        if (number < 1 || number > weeks.Count)
        {
            throw new DomainException(
                $"Week {number} does not exist in {period}; that month has weeks 1 to {weeks.Count}.");
        }

        return weeks[number - 1];
    }

    /// <summary>The week a day falls in.</summary>
    public static WeekOfMonth Containing(DateOnly date) => Period.Containing(date).WeekOf(date);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Period} W{Number}");

    internal static IReadOnlyList<WeekOfMonth> AllOf(Period period)
    {
        var weeks = new List<WeekOfMonth>(6);
        var last = period.LastDay;
        for (var start = period.FirstDay; start <= last;)
        {
            // Days from start to the following Sunday (0 when start is a Sunday).
            var daysToSunday = (7 - (int)start.DayOfWeek) % 7;
            var end = start.AddDays(daysToSunday);
            if (end > last)
            {
                end = last;
            }

            weeks.Add(new WeekOfMonth(period, weeks.Count + 1, start, end));
            start = end.AddDays(1);
        }

        return weeks.AsReadOnly();
    }
}
