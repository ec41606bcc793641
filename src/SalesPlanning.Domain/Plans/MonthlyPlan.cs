using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Plans;

/// <summary>
/// One region's monthly sales plan (月度销售计划, DESIGN §4) and its workflow (§5):
/// Draft → Submitted → Approved → Closed, or Submitted → Returned → Submitted …
/// Only a Draft or Returned plan can be edited; every transition is kept with who, when and why.
/// </summary>
public sealed class MonthlyPlan
{
    private readonly List<PlanSectionEntry> _sections = [];
    private readonly List<PlanTransition> _transitions = [];

    private MonthlyPlan(Guid regionId, Period period)
    {
        Id = Guid.CreateVersion7();
        RegionId = regionId;
        PeriodKey = period.Key;
        Status = PlanStatus.Draft;
    }

    // For EF Core.
    private MonthlyPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid RegionId { get; private set; }

    /// <summary><see cref="Common.Period.Key"/> of the plan's month (yyyyMM).</summary>
    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    public PlanStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was last submitted; the review deadline counts from here.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The comment of the last return, shown to the manager until the plan is resubmitted.</summary>
    public string? ReturnComment { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<PlanSectionEntry> Sections => _sections.AsReadOnly();

    public IReadOnlyList<PlanTransition> Transitions => _transitions.AsReadOnly();

    /// <summary>The manager may change the plan's sections.</summary>
    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    public static MonthlyPlan Start(Guid regionId, Period period, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (regionId == Guid.Empty)
        {
            throw new DomainException("A plan needs a region.");
        }

        var plan = new MonthlyPlan(regionId, period) { CreatedAt = at };
        plan._transitions.Add(new PlanTransition(plan.Id, null, PlanStatus.Draft, by, at, null));
        return plan;
    }

    /// <summary>The section's saved content, or its empty content when nobody has saved it yet.</summary>
    public SectionContent ContentOf(PlanSection section) =>
        FindSection(section)?.Content ?? SectionContent.Empty(section);

    public PlanSectionEntry? FindSection(PlanSection section) => _sections.Find(s => s.Section == section);

    /// <summary>Saves one section; refuses unless the plan is editable and the content keeps every field rule.</summary>
    public PlanSectionEntry SaveSection(SectionContent content, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureEditable();
        var problems = content.ProblemsIn(Period);
        if (problems.Count > 0)
        {
            throw new PlanRulesException(problems);
        }

        var entry = FindSection(content.Section);
        if (entry is null)
        {
            entry = new PlanSectionEntry(Id, content, by, at);
            _sections.Add(entry);
        }
        else
        {
            entry.Replace(content, by, at);
        }

        return entry;
    }

    /// <summary>Every rule of DESIGN §5 the plan breaks now; submitting needs none.</summary>
    public IReadOnlyList<PlanProblem> SubmissionProblems(TargetsReadiness targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var problems = new List<PlanProblem>();
        var review = (ReviewNarrative)ContentOf(PlanSection.Review);
        Narrative(problems, PlanSection.Review, nameof(review.Highlights), review.Highlights);
        Narrative(problems, PlanSection.Review, nameof(review.Problems), review.Problems);
        Narrative(problems, PlanSection.Review, nameof(review.Lessons), review.Lessons);

        var basis = (TargetBasis)ContentOf(PlanSection.Targets);
        Narrative(problems, PlanSection.Targets, nameof(basis.Basis), basis.Basis);
        problems.AddRange(targets.Problems());

        var forecast = (ForecastContent)ContentOf(PlanSection.Forecast);
        foreach (var metric in forecast.MissingWeeks(Period).GroupBy(m => m.Metric))
        {
            problems.Add(new PlanProblem(PlanSection.Forecast, metric.Key.ToString(), PlanRules.ForecastWeekMissing,
                [metric.Key.ToString(), string.Join(", ", metric.Select(m => SectionChecks.Invariant(m.Week)))]));
        }

        var tracking = (TrackingContent)ContentOf(PlanSection.Tracking);
        if (tracking.TotalWeight != 100m || tracking.Kpis.Count == 0)
        {
            problems.Add(new PlanProblem(PlanSection.Tracking, nameof(tracking.Kpis), PlanRules.WeightsMustSumTo100,
                [tracking.TotalWeight.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)]));
        }

        return problems;
    }

    public void Submit(TargetsReadiness targets, Guid by, DateTimeOffset at)
    {
        if (!IsEditable)
        {
            throw new DomainException($"Only a draft or returned plan can be submitted; this one is {Status}.");
        }

        var problems = SubmissionProblems(targets);
        if (problems.Count > 0)
        {
            throw new PlanRulesException(problems);
        }

        SubmittedAt = at;
        Move(PlanStatus.Submitted, by, at, null);
    }

    /// <summary>A director's approval; refused while any breakdown of the region's targets does not balance.</summary>
    public void Approve(TargetsReadiness targets, Guid by, DateTimeOffset at, string? comment)
    {
        ArgumentNullException.ThrowIfNull(targets);
        EnsureStatus(PlanStatus.Submitted, "approved");
        if (!targets.AllBalanced)
        {
            throw new PlanRulesException([.. targets.Problems().Where(p => p.Code == PlanRules.TargetNotAllocated)]);
        }

        ReturnComment = null;
        Move(PlanStatus.Approved, by, at, OptionalComment(comment));
    }

    /// <summary>A director sends the plan back to the manager; the comment says what to change.</summary>
    public void Return(Guid by, DateTimeOffset at, string comment)
    {
        EnsureStatus(PlanStatus.Submitted, "returned");
        var required = RequiredComment(comment);
        ReturnComment = required;
        Move(PlanStatus.Returned, by, at, required);
    }

    /// <summary>A director re-opens an approved plan (to change its locked targets); the manager edits it again.</summary>
    public void Reopen(Guid by, DateTimeOffset at, string reason)
    {
        EnsureStatus(PlanStatus.Approved, "re-opened");
        var required = RequiredComment(reason);
        ReturnComment = required;
        Move(PlanStatus.Returned, by, at, required);
    }

    /// <summary>The month-end review is signed off: the plan is done.</summary>
    public void Close(Guid by, DateTimeOffset at)
    {
        EnsureStatus(PlanStatus.Approved, "closed");
        Move(PlanStatus.Closed, by, at, null);
    }

    /// <summary>Submitted and waiting longer than <paramref name="deadlineDays"/> days.</summary>
    public bool IsOverdue(DateTimeOffset now, int deadlineDays) =>
        Status == PlanStatus.Submitted && SubmittedAt is { } submitted && now > submitted.AddDays(deadlineDays);

    private static void Narrative(List<PlanProblem> problems, PlanSection section, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new PlanProblem(section, field, PlanRules.NarrativeMissing));
        }
    }

    private static string RequiredComment(string? comment)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new PlanRulesException([new PlanProblem(PlanSection.Review, "Comment", PlanRules.Required)]);
        }

        return OptionalComment(trimmed)!;
    }

    private static string? OptionalComment(string? comment)
    {
        var trimmed = comment?.Trim();
        if (trimmed is { Length: > PlanLimits.Comment })
        {
            throw new PlanRulesException([new PlanProblem(PlanSection.Review, "Comment", PlanRules.TooLong, [SectionChecks.Invariant(PlanLimits.Comment)])]);
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"The plan is {Status} and cannot be changed; only a draft or returned plan can.");
        }
    }

    private void EnsureStatus(PlanStatus required, string action)
    {
        if (Status != required)
        {
            throw new DomainException($"Only a {required} plan can be {action}; this one is {Status}.");
        }
    }

    private void Move(PlanStatus to, Guid by, DateTimeOffset at, string? comment)
    {
        _transitions.Add(new PlanTransition(Id, Status, to, by, at, comment));
        Status = to;
    }
}
