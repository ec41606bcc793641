using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Performance;

/// <summary>A manual score or comment that changed: field, old → new (invariant text).</summary>
public sealed record AssessmentChange(string Field, string? Old, string? New);

/// <summary>
/// The manager's part of a rep's monthly scorecard (DESIGN §9, seed 004 items 10 and 12): conduct and
/// discipline, and follow-up of customers' requests, each 0–100 with at most one decimal (null: not
/// scored yet), and a comment of at most 1,000 characters. One per rep and month.
/// </summary>
public sealed class RepAssessment
{
    private RepAssessment(Guid repId, Guid regionId, int periodKey)
    {
        Id = Guid.CreateVersion7();
        RepId = repId;
        RegionId = regionId;
        PeriodKey = periodKey;
    }

    // For EF Core.
    private RepAssessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid RepId { get; private set; }

    /// <summary>The region whose manager scored the rep.</summary>
    public Guid RegionId { get; private set; }

    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    public decimal? Conduct { get; private set; }

    public decimal? RequestFollowUp { get; private set; }

    public string? Comment { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static RepAssessment Start(Guid repId, Guid regionId, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (repId == Guid.Empty || regionId == Guid.Empty)
        {
            throw new DomainException("An assessment needs a rep and a region.");
        }

        return new RepAssessment(repId, regionId, period.Key);
    }

    public decimal? ScoreOf(Kpi kpi) => kpi switch
    {
        Kpi.Conduct => Conduct,
        Kpi.RequestFollowUp => RequestFollowUp,
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, "Not a manual KPI."),
    };

    /// <summary>Every rule the values break, all at once.</summary>
    public static IReadOnlyList<ScorecardProblem> Problems(decimal? conduct, decimal? requestFollowUp, string? comment)
    {
        var problems = new List<ScorecardProblem>();
        if (conduct is { } c && !ManualScore.IsValid(c))
        {
            problems.Add(new ScorecardProblem(nameof(Conduct), ScorecardRules.ScoreOutOfRange, ["0", "100"]));
        }

        if (requestFollowUp is { } f && !ManualScore.IsValid(f))
        {
            problems.Add(new ScorecardProblem(nameof(RequestFollowUp), ScorecardRules.ScoreOutOfRange, ["0", "100"]));
        }

        if (comment?.Trim() is { Length: > ManualScore.CommentMaxLength })
        {
            problems.Add(new ScorecardProblem(nameof(Comment), ScorecardRules.CommentTooLong, ["1000"]));
        }

        return problems;
    }

    /// <summary>Sets both scores and the comment; throws <see cref="ScorecardRulesException"/> with every problem. Returns what changed.</summary>
    public IReadOnlyList<AssessmentChange> Change(decimal? conduct, decimal? requestFollowUp, string? comment, Guid by, DateTimeOffset at)
    {
        var problems = Problems(conduct, requestFollowUp, comment);
        if (problems.Count > 0)
        {
            throw new ScorecardRulesException(problems);
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var changes = new List<AssessmentChange>();
        if (Conduct != conduct)
        {
            changes.Add(new AssessmentChange(nameof(Conduct), Text(Conduct), Text(conduct)));
        }

        if (RequestFollowUp != requestFollowUp)
        {
            changes.Add(new AssessmentChange(nameof(RequestFollowUp), Text(RequestFollowUp), Text(requestFollowUp)));
        }

        if (Comment != trimmed)
        {
            changes.Add(new AssessmentChange(nameof(Comment), Comment, trimmed));
        }

        if (changes.Count > 0)
        {
            Conduct = conduct;
            RequestFollowUp = requestFollowUp;
            Comment = trimmed;
            UpdatedBy = by;
            UpdatedAt = at;
        }

        return changes;
    }

    private static string? Text(decimal? value) => value?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
