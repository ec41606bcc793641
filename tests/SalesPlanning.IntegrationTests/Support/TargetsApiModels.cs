using SalesPlanning.Domain.Targets;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>GET /api/v1/targets/{period}/company|regions/{id}|reps/{id}, as the wire carries it.</summary>
public sealed record ScopeTargetsResponse(
    string Period, ScopeResponse Scope, bool CanEdit, IReadOnlyList<Dimension> Dimensions, IReadOnlyList<MetricTargetResponse> Metrics)
{
    public MetricTargetResponse For(Metric metric) => Metrics.Single(m => m.Metric == metric);
}

public sealed record ScopeResponse(ScopeKind Kind, Guid? Id, string Name);

public sealed record MetricTargetResponse(
    Metric Metric, Guid? TargetId, decimal? Amount, bool IsLocked, uint Version, IReadOnlyList<BreakdownSummaryResponse> Breakdowns)
{
    public BreakdownSummaryResponse Breakdown(Dimension dimension) => Breakdowns.Single(b => b.Dimension == dimension);
}

public sealed record BreakdownSummaryResponse(Dimension Dimension, decimal Allocated, decimal Unallocated, BreakdownStatus Status);

/// <summary>GET …/{scope}/{metric}/breakdowns/{dimension}, as the wire carries it.</summary>
public sealed record BreakdownResponse(
    string Period,
    Metric Metric,
    ScopeResponse Scope,
    Dimension Dimension,
    Guid TargetId,
    decimal ParentAmount,
    uint Version,
    bool IsLocked,
    bool CanEdit,
    IReadOnlyList<BreakdownLineResponse> Lines,
    decimal Allocated,
    decimal Unallocated,
    int Decimals)
{
    public decimal AmountOf(Guid memberId) => Lines.Single(l => l.MemberId == memberId).Amount;

    /// <summary>The allocations as a PUT body would send them again: every line with a non-zero amount.</summary>
    public Dictionary<Guid, decimal> NonZeroAmounts() => Lines.Where(l => l.Amount != 0).ToDictionary(l => l.MemberId, l => l.Amount);
}

public sealed record BreakdownLineResponse(
    Guid MemberId, string Code, string NameZh, string NameEn, bool IsActive, decimal Amount, decimal? LastMonthActual, decimal? LastYearActual);

/// <summary>The body of a successful PUT of a target or a breakdown.</summary>
public sealed record VersionResponse(uint Version);

/// <summary>The body of a successful POST …/regions/{id}/reopen.</summary>
public sealed record ReopenResponse(int Reopened);

/// <summary>RFC 7807 problem details, with the validation errors by field when there are any.</summary>
public sealed record ProblemResponse(string? Title, int? Status, string? Detail, Dictionary<string, string[]>? Errors)
{
    /// <summary>Every message of the problem: the detail and each field's errors.</summary>
    public IReadOnlyList<string> Messages() =>
        [.. new[] { Detail }.OfType<string>(), .. (Errors ?? []).SelectMany(e => e.Value)];
}
