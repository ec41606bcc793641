using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.Domain.Performance;

/// <summary>Which rule of DESIGN §6 / seed 003 an alert comes from.</summary>
public enum AlertKind
{
    /// <summary>A rep below the severe rate (default 60%) for the set number of months in a row (default 2).</summary>
    RepSevere,

    /// <summary>A rep below the warning rate (default 80%) for the set number of months in a row (default 4).</summary>
    RepWarning,

    /// <summary>A region below its rate (default 60%) for the set number of months in a row (default 2).</summary>
    Region,

    /// <summary>From the middle of the month on (day 15), achievement behind time progress.</summary>
    BehindPace,
}

/// <summary>One month's achievement of a rep or region; null when the month had no (or a zero) target.</summary>
public sealed record MonthAchievement(Period Period, decimal? Achievement);

/// <summary>An alert that fired, with the rate it was measured against and the months that triggered it.</summary>
public sealed record AlertFinding(AlertKind Kind, decimal Rate, IReadOnlyList<MonthAchievement> Months);

/// <summary>
/// The alert rules over sequences of monthly achievements (DESIGN §6, thresholds from
/// <see cref="AlertThresholds"/>). A run counts the months that end with the latest month that had a
/// target: months without a target ("—") are skipped, neither breaking a run nor counting in it; a month
/// exactly at the rate is not below it.
/// </summary>
public static class AlertRules
{
    /// <summary>The day of the month from which the mid-month pace check applies.</summary>
    public const int MidMonthDay = 15;

    /// <summary>The alerts of a rep over their closed months (any order).</summary>
    public static IReadOnlyList<AlertFinding> ForRep(IEnumerable<MonthAchievement> months, AlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var list = months?.ToList() ?? throw new ArgumentNullException(nameof(months));
        var findings = new List<AlertFinding>(2);
        if (BelowInARow(list, thresholds.RepSevereRate, thresholds.RepSevereMonths, AlertKind.RepSevere) is { } severe)
        {
            findings.Add(severe);
        }

        if (BelowInARow(list, thresholds.RepWarningRate, thresholds.RepWarningMonths, AlertKind.RepWarning) is { } warning)
        {
            findings.Add(warning);
        }

        return findings.AsReadOnly();
    }

    /// <summary>The alert of a region over its closed months (any order), or null.</summary>
    public static AlertFinding? ForRegion(IEnumerable<MonthAchievement> months, AlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return BelowInARow(months, thresholds.RegionRate, thresholds.RegionMonths, AlertKind.Region);
    }

    /// <summary>
    /// The trailing run of months below <paramref name="rate"/> when it is at least <paramref name="count"/>
    /// months long (months without a target skipped); all of the run's months are returned, oldest first.
    /// </summary>
    public static AlertFinding? BelowInARow(IEnumerable<MonthAchievement> months, decimal rate, int count, AlertKind kind)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var measured = months.Where(m => m.Achievement is not null).OrderByDescending(m => m.Period.Key).ToList();
        var run = measured.TakeWhile(m => m.Achievement < rate).Reverse().ToList();
        return run.Count >= count ? new AlertFinding(kind, rate, run.AsReadOnly()) : null;
    }

    /// <summary>
    /// Behind pace in the middle of the month: on or after day <see cref="MidMonthDay"/> of
    /// <paramref name="period"/> (and within it), with a target, achievement below time progress. Null
    /// when the check is off or does not apply.
    /// </summary>
    public static AlertFinding? MidMonthBehindPace(
        decimal actual, decimal target, Period period, DateOnly today, AlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (!thresholds.MidMonthPaceCheck || !period.Contains(today) || today.Day < MidMonthDay)
        {
            return null;
        }

        return Figures.IsOnPace(actual, target, period, today) == false
            ? new AlertFinding(AlertKind.BehindPace, Figures.TimeProgress(period, today), [new MonthAchievement(period, Figures.Achievement(actual, target))])
            : null;
    }
}
