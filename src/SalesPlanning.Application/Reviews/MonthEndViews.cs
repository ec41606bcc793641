using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Plans;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Reviews;

/// <summary>
/// The month-end review of one approved (or closed) plan as the page and the API show it: the
/// figures computed now, the narrative, and what the reader may do.
/// </summary>
/// <param name="ReviewId">Null until the manager first saves it.</param>
/// <param name="Version">The review's version (0 before the first save).</param>
/// <param name="Problems">What submitting would refuse now (shown as a checklist).</param>
public sealed record MonthEndView(
    Guid PlanId,
    Guid RegionId,
    string RegionCode,
    string RegionName,
    Period Period,
    PlanStatus PlanStatus,
    Guid? ReviewId,
    ReviewStatus Status,
    uint Version,
    ReviewNarrativeText Narrative,
    string? ReturnComment,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? SignedOffAt,
    string? SignedOffBy,
    bool MonthEnded,
    bool CanEdit,
    bool CanSignOff,
    IReadOnlyList<ReviewProblem> Problems,
    ReviewFigures Figures,
    IReadOnlyList<SegmentLine> Segments,
    CustomerContribution Contribution);

/// <summary>A rep's sales amount of the month split by customers (DESIGN §7).</summary>
public sealed record ContributionLine(Guid RepId, string Name, CustomerSplit Split);

/// <summary>New vs existing customers' contribution to the month's sales amount: the region's and each rep's.</summary>
public sealed record CustomerContribution(CustomerSplit Region, IReadOnlyList<ContributionLine> ByRep);

/// <summary>
/// A customer segment's target of the month (new vs existing customers, DESIGN §7) and, for the new
/// and existing customers' sales amount, the actual the weekly entries split out (null: "no data" —
/// key accounts are not recorded, nor any split before weekly entries).
/// </summary>
public sealed record SegmentLine(Guid SegmentId, string NameZh, string NameEn, SegmentKind Kind, Metric Metric, decimal Target, decimal? Share, decimal? Actual);

/// <summary>The signed-off narrative of a region's month, as the next month's plan (§4.1) starts from it.</summary>
public sealed record PreviousReview(Period Period, ReviewNarrativeText Narrative, DateTimeOffset SignedOffAt);
