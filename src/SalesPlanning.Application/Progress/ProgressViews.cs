using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Progress;

/// <summary>A saved week's entry, its figures whole (the API writes them flat, as it always did).</summary>
public sealed record ProgressEntryView(
    Guid Id,
    int Week,
    WeeklyFigures Figures,
    string? Note,
    IReadOnlyList<ProductFigures> Lines,
    uint Version,
    DateTimeOffset UpdatedAt)
{
    internal static ProgressEntryView Of(ProgressEntry e) => new(
        e.Id, e.WeekNumber, e.Figures, e.Note,
        e.Lines.OrderBy(l => l.ProductId).Select(l => new ProductFigures(l.ProductId, l.SalesAmount, l.SalesVolume, l.Collections)).ToList(),
        e.Version, e.UpdatedAt);
}

/// <summary>A week of the month with its entry, if any.</summary>
public sealed record ProgressWeekView(int Number, DateOnly Start, DateOnly End, bool IsCurrent, ProgressEntryView? Entry);

/// <summary>A product the week can be split into.</summary>
public sealed record ProgressProductView(Guid Id, string Code, string NameZh, string NameEn, string Unit);

/// <summary>A rep's weeks of one month (周进度).</summary>
public sealed record RepMonthView(
    Period Period,
    Guid RepId,
    string RepName,
    Guid? RegionId,
    bool IsClosed,
    bool CanEdit,
    IReadOnlyList<ProgressWeekView> Weeks,
    IReadOnlyList<ProgressProductView> Products);

/// <summary>The scope an achievement is asked for.</summary>
public enum AchievementScope
{
    Company,
    Region,
    Rep,
}

/// <summary>One metric's target, actual, achievement 达成率, time progress 时间进度 and pace.</summary>
public sealed record MetricAchievementView(Metric Metric, decimal? Target, decimal Actual, decimal? Achievement, decimal TimeProgress, bool? OnPace);

/// <summary>Month-to-date achievement of a scope.</summary>
public sealed record AchievementView(Period Period, AchievementScope Scope, Guid? Id, string Name, decimal TimeProgress, IReadOnlyList<MetricAchievementView> Metrics);
