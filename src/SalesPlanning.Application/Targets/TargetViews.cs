using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Targets;

/// <summary>Where a target sits, with its display name.</summary>
public sealed record ScopeView(ScopeKind Kind, Guid? Id, string Name);

/// <summary>A breakdown's state at a glance.</summary>
public sealed record BreakdownSummary(Dimension Dimension, decimal Allocated, decimal Unallocated, BreakdownStatus Status);

/// <summary>One metric's target of a scope; <see cref="TargetId"/> is null while none is set.</summary>
public sealed record MetricTargetView(
    Metric Metric, Guid? TargetId, decimal? Amount, bool IsLocked, uint Version, IReadOnlyList<BreakdownSummary> Breakdowns);

/// <summary>The targets of one scope in one month, one per metric.</summary>
public sealed record ScopeTargetsView(
    Period Period, ScopeView Scope, bool CanEdit, IReadOnlyList<Dimension> Dimensions, IReadOnlyList<MetricTargetView> Metrics);

/// <summary>
/// A member a target can be allocated to: a region, rep, product or customer segment, with last
/// month's and the same month last year's actual of the metric (null where history has none).
/// </summary>
public sealed record BreakdownLine(
    Guid MemberId, string Code, string NameZh, string NameEn, bool IsActive, decimal Amount, decimal? LastMonthActual, decimal? LastYearActual);

/// <summary>A breakdown as its editor shows it: every allowed member, allocated or not.</summary>
public sealed record BreakdownView(
    Period Period,
    Metric Metric,
    ScopeView Scope,
    Dimension Dimension,
    Guid TargetId,
    decimal ParentAmount,
    uint Version,
    bool IsLocked,
    bool CanEdit,
    IReadOnlyList<BreakdownLine> Lines)
{
    public decimal Allocated => Lines.Sum(l => l.Amount);
    public decimal Unallocated => ParentAmount - Allocated;
    public int Decimals => MetricRules.Decimals(Metric);
}

/// <summary>How the split helpers share the target out.</summary>
public enum SplitMethod
{
    Evenly,
    LastMonthActualShare,
    LastYearActualShare,
    CopyLastMonth,
}

/// <summary>A change to one scope's target of one metric.</summary>
public sealed record SetTargetAmount(Period Period, Metric Metric, decimal Amount, uint? Version);

/// <summary>The whole breakdown as the user left it; <see cref="Version"/> is what they started from.</summary>
public sealed record SaveBreakdown(
    Period Period, Metric Metric, ScopeKind ScopeKind, Guid? ScopeId, Dimension Dimension, IReadOnlyDictionary<Guid, decimal> Amounts, uint Version);
