using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Performance;

/// <summary>
/// The figures of DESIGN §6 that every screen shows. Ratios are fractions (0.85 = 85%); a ratio
/// whose base is zero has no value (null), shown as "—", never an error or infinity.
/// </summary>
public static class Figures
{
    /// <summary>Achievement rate 达成率 = actual / target; null when the target is zero.</summary>
    public static decimal? Achievement(decimal actual, decimal target) => target == 0m ? null : actual / target;

    /// <summary>
    /// Relative change of <paramref name="current"/> against <paramref name="previous"/>: MoM 环比 against last
    /// month, YoY 同比 against the same month last year; null when the base is zero (no history).
    /// </summary>
    public static decimal? Change(decimal current, decimal previous) => previous == 0m ? null : (current - previous) / previous;

    /// <summary>
    /// Time progress 时间进度 = elapsed days / days in the month, where the day itself counts as elapsed:
    /// 1/30 on the 1st of a 30-day month, 1 on its last day; 0 before the month, 1 after it.
    /// </summary>
    public static decimal TimeProgress(Period period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (today < period.FirstDay)
        {
            return 0m;
        }

        if (today > period.LastDay)
        {
            return 1m;
        }

        return (decimal)today.Day / period.DaysInMonth;
    }

    /// <summary>On pace when achievement ≥ time progress; with no target there is no pace to keep.</summary>
    public static bool? IsOnPace(decimal actual, decimal target, Period period, DateOnly today) =>
        Achievement(actual, target) is { } achievement ? achievement >= TimeProgress(period, today) : null;

    /// <summary>Average order value = sales amount / orders; null without orders.</summary>
    public static decimal? AverageOrderValue(decimal salesAmount, long orders) => orders == 0 ? null : salesAmount / orders;

    // The weighted KPI score of DESIGN §6 is Scoring.Score (issue 13: a KPI without a target is left out and the
    // other weights scaled, not counted as zero).
}
