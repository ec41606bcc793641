using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Plans;

/// <summary>One region's plan for one month as a page or the API shows it.</summary>
/// <param name="PlanId">Null when the plan has not been started (only its manager starts it: <see cref="CanStart"/>).</param>
/// <param name="CanStart">The caller is the region's manager and may start the plan (not started yet).</param>
/// <param name="Problems">The submission rules the plan breaks now (shown as a checklist).</param>
public sealed record PlanView(
    Guid? PlanId,
    Guid RegionId,
    string RegionCode,
    string RegionName,
    Period Period,
    PlanStatus? Status,
    uint Version,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewDueAt,
    bool IsOverdue,
    string? ReturnComment,
    bool CanStart,
    bool CanEdit,
    bool CanSubmit,
    bool CanReview,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<TransitionView> History,
    IReadOnlyList<PlanProblem> Problems)
{
    public SectionView SectionOf(PlanSection section) => Sections.Single(s => s.Section == section);

    public T Content<T>(PlanSection section)
        where T : SectionContent => (T)SectionOf(section).Content;
}

/// <param name="Version">0 when nobody has saved the section yet.</param>
public sealed record SectionView(
    PlanSection Section, SectionContent Content, uint Version, DateTimeOffset? UpdatedAt, string? UpdatedBy, bool IsComplete);

public sealed record TransitionView(PlanStatus? From, PlanStatus To, string ActorName, DateTimeOffset At, string? Comment);

/// <summary>A version after a save, with the section's new completeness.</summary>
public sealed record SectionSaved(uint Version, DateTimeOffset UpdatedAt, bool IsComplete);

/// <summary>A plan in a list: the review queue or a month's overview of regions.</summary>
public sealed record PlanSummary(
    Guid? PlanId,
    Guid RegionId,
    string RegionCode,
    string RegionName,
    Period Period,
    PlanStatus? Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewDueAt,
    bool IsOverdue,
    int CompleteSections);

/// <summary>The last-month review of §4.1: the region's figures per metric, and per rep and per product.</summary>
public sealed record ReviewFigures(
    Period Month,
    IReadOnlyList<ReviewRow> Region,
    IReadOnlyList<ReviewLine> ByRep,
    IReadOnlyList<ReviewLine> ByProduct);

/// <summary>A line of the review: a rep or a product (names in both languages; reps have one name).</summary>
public sealed record ReviewLine(Guid Id, string NameZh, string NameEn, IReadOnlyList<ReviewRow> Metrics)
{
    public ReviewRow Of(Metric metric) => Metrics.Single(m => m.Metric == metric);
}

/// <summary>
/// One metric of the review. Ratios are fractions; null where the base is zero or missing
/// (no target, no last month, no same month last year), shown as "—".
/// </summary>
/// <param name="VsPlan">Actual minus target; null without a target.</param>
public sealed record ReviewRow(
    Metric Metric, decimal? Target, decimal Actual, decimal? Achievement, decimal? VsPlan, decimal? MonthOnMonth, decimal? YearOnYear);

/// <summary>A product to forecast.</summary>
public sealed record ProductOption(Guid Id, string Code, string NameZh, string NameEn, string Unit)
{
    public string Name(bool chinese) => chinese ? NameZh : NameEn;
}
