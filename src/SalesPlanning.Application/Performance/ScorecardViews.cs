using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.Application.Performance;

/// <summary>
/// One KPI of a scorecard: target, actual, achievement (uncapped fraction; null when it cannot be
/// computed), the weight as set and as applied, the points, and why it was left out (null: scored).
/// </summary>
public sealed record ScorecardLineView(
    Kpi Kpi, decimal? Target, decimal? Actual, decimal? Achievement, decimal Weight, decimal AppliedWeight, decimal Points, LeftOutReason? LeftOut)
{
    public static ScorecardLineView From(KpiLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Kpi, line.Target, line.Actual, line.Achievement, line.Weight, line.AppliedWeight, line.Points, line.LeftOut);
    }
}

/// <summary>The manager's scores of a rep's month (null: not scored yet) and the version to send back (0: never saved).</summary>
public sealed record ManualScoresView(decimal? Conduct, decimal? RequestFollowUp, string? Comment, uint Version);

/// <summary>
/// A rep's scorecard for a month (DESIGN §9). <see cref="Frozen"/>: stored at the month-end sign-off and read-only;
/// otherwise live. <see cref="Total"/> is null when nothing could be scored. <see cref="LeftOut"/> lists the
/// weighted KPIs not scored (their weights went to the others: <see cref="WeightsScaled"/>);
/// <see cref="UnknownPlanKpis"/> the plan's KPI names the scorecard does not know (left out likewise);
/// <see cref="MissingTargets"/> the count KPIs whose target the manager has not set.
/// </summary>
public sealed record ScorecardView(
    Guid RepId,
    string RepName,
    Guid RegionId,
    string RegionCode,
    string RegionName,
    Period Period,
    bool Frozen,
    WeightSource WeightsFrom,
    decimal Cap,
    decimal? Total,
    bool WeightsScaled,
    IReadOnlyList<Kpi> LeftOut,
    IReadOnlyList<string> UnknownPlanKpis,
    IReadOnlyList<Kpi> MissingTargets,
    IReadOnlyList<ScorecardLineView> Lines,
    ManualScoresView Manual);

/// <summary>A month's score in a rep's trend; null when nothing could be scored.</summary>
public sealed record ScoreTrendPoint(Period Period, decimal? Total, bool Frozen);

/// <summary>A rep's scorecard of a month with the scores of the six months up to it (oldest first).</summary>
public sealed record RepScorecardView(ScorecardView Scorecard, IReadOnlyList<ScoreTrendPoint> Trend);

/// <summary>
/// A region's scorecards of a month side by side, best score first (no score last). <see cref="CanEdit"/>:
/// the caller manages the region and the month is not frozen (targets and manual scores may change).
/// </summary>
public sealed record TeamScorecardsView(
    Guid RegionId, string RegionCode, string RegionName, Period Period, bool Frozen, bool CanEdit, IReadOnlyList<ScorecardView> Scorecards);

/// <summary>A place in the company ranking.</summary>
public sealed record RankedScorecard(int Rank, ScorecardView Scorecard);

/// <summary>The company's ranking of a month (or one region's with <see cref="RegionId"/>), best first; ties share a rank.</summary>
public sealed record ScorecardRankingView(Period Period, Guid? RegionId, IReadOnlyList<RankedScorecard> Ranking);

/// <summary>One rep's count targets of the month and of last month ("copy last month"); null: not set.</summary>
public sealed record RepTargetsView(Guid RepId, string RepName, RepKpiTargets Targets, RepKpiTargets LastMonth, IReadOnlyList<Kpi> Missing);

/// <summary>
/// A team's count targets of a month, as the manager edits them all at once. <see cref="Version"/> is the
/// sheet's (0 before the first save): send it back; a save from a stale read is a conflict.
/// </summary>
public sealed record KpiTargetsView(
    Guid RegionId, string RegionCode, string RegionName, Period Period, bool Frozen, bool CanEdit, uint Version, IReadOnlyList<RepTargetsView> Reps);
