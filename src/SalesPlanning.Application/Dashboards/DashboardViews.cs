using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Dashboards;

/// <summary>
/// One metric of a scope in one month: the target (null when none is set), the actual, achievement
/// (null with no or a zero target, shown as "—"), time progress and whether the scope is on pace.
/// </summary>
public sealed record MetricFigures(Metric Metric, decimal? Target, decimal Actual, decimal? Achievement, decimal TimeProgress, bool? OnPace)
{
    public static MetricFigures Of(Metric metric, decimal? target, decimal actual, Period period, DateOnly today) =>
        new(metric, target, actual, Figures.Achievement(actual, target ?? 0m), Figures.TimeProgress(period, today),
            Figures.IsOnPace(actual, target ?? 0m, period, today));
}

/// <summary>The achievement of the company, a region or a rep in one month, per metric.</summary>
public sealed record ScopeAchievement(ScopeKind Kind, Guid? Id, string Name, Period Period, IReadOnlyList<MetricFigures> Metrics)
{
    public MetricFigures For(Metric metric) => Metrics.Single(m => m.Metric == metric);
}

/// <summary>One month of a trend: target (null when none), actual and achievement.</summary>
public sealed record TrendPoint(Period Period, decimal? Target, decimal Actual, decimal? Achievement);

/// <summary>Actual against target of one metric of a scope, month by month, oldest first.</summary>
public sealed record TrendView(ScopeKind Kind, Guid? Id, string Name, Metric Metric, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// One member of a scope (a region of the company, a rep of a region, a product of any scope) with its
/// target, actual, achievement and pace in the month. <see cref="NameEn"/> is set for products only.
/// </summary>
/// <param name="LastEntry">For reps (the team table): when they last saved a weekly entry, of any month; null when never.</param>
public sealed record BreakdownRow(
    Guid Id, string Code, string Name, string? NameEn, decimal? Target, decimal Actual, decimal? Achievement, bool? OnPace,
    DateTimeOffset? LastEntry = null);

/// <summary>A scope's figures of one metric split along a dimension: the team table, the product table, the regions.</summary>
public sealed record BreakdownTable(
    ScopeKind Kind, Guid? Id, string Name, Dimension Dimension, Metric Metric, Period Period, decimal TimeProgress, IReadOnlyList<BreakdownRow> Rows);

/// <summary>
/// One week of a month-to-date line: the actual summed from the month's start to the week's end (null
/// for weeks not begun yet) and the target prorated to the week's last day (null without a target).
/// </summary>
public sealed record MonthToDatePoint(int Week, DateOnly End, decimal? Actual, decimal? TargetToDate);

/// <summary>A scope's month-to-date actual of one metric against its target line, week by week (DESIGN §6, the rep's dashboard).</summary>
public sealed record MonthToDateView(ScopeKind Kind, Guid? Id, string Name, Metric Metric, Period Period, decimal? Target, IReadOnlyList<MonthToDatePoint> Points);
