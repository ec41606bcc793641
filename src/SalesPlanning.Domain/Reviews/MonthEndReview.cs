using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Domain.Reviews;

/// <summary>
/// The month-end review (月度总结, DESIGN §7) of one approved monthly plan: the manager writes the
/// narrative after the month and submits it; a director signs it off, which closes the plan, or
/// returns it with a comment. Draft → Submitted → SignedOff, or Submitted → Returned → Submitted …
/// The figures are not kept here: they are computed from targets and actuals when shown.
/// </summary>
public sealed class MonthEndReview
{
    public const int CommentMaxLength = 2000;

    private MonthEndReview(Guid planId, Guid regionId, int periodKey)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        RegionId = regionId;
        PeriodKey = periodKey;
        Status = ReviewStatus.Draft;
    }

    // For EF Core.
    private MonthEndReview()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid RegionId { get; private set; }

    /// <summary><see cref="Common.Period.Key"/> of the plan's month.</summary>
    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    public ReviewStatus Status { get; private set; }

    public string WhatWorked { get; private set; } = "";

    public string WhatDidNot { get; private set; } = "";

    public string ControllableCauses { get; private set; } = "";

    public string UncontrollableCauses { get; private set; } = "";

    public string Improvements { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? SignedOffAt { get; private set; }

    public Guid? SignedOffBy { get; private set; }

    /// <summary>The comment of the last return, shown to the manager until it is resubmitted.</summary>
    public string? ReturnComment { get; private set; }

    public uint Version { get; private set; }

    public ReviewNarrativeText Narrative => new(WhatWorked, WhatDidNot, ControllableCauses, UncontrollableCauses, Improvements);

    /// <summary>The manager may change the narrative.</summary>
    public bool IsEditable => Status is ReviewStatus.Draft or ReviewStatus.Returned;

    /// <summary>Starts the review of a plan; only an approved plan has one.</summary>
    public static MonthEndReview Start(MonthlyPlan plan, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainException($"Only an approved plan has a month-end review; this one is {plan.Status}.");
        }

        return new MonthEndReview(plan.Id, plan.RegionId, plan.PeriodKey) { CreatedAt = at, UpdatedAt = at, UpdatedBy = by };
    }

    /// <summary>Saves the narrative of a draft or returned review; empty fields are allowed until it is submitted.</summary>
    public void SaveNarrative(ReviewNarrativeText narrative, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        EnsureEditable();
        var clean = narrative.Normalised();
        var problems = clean.LengthProblems();
        if (problems.Count > 0)
        {
            throw new ReviewRulesException(problems);
        }

        (WhatWorked, WhatDidNot, ControllableCauses, UncontrollableCauses, Improvements) =
            (clean.WhatWorked, clean.WhatDidNot, clean.ControllableCauses, clean.UncontrollableCauses, clean.Improvements);
        UpdatedBy = by;
        UpdatedAt = at;
    }

    /// <summary>Every rule submitting breaks now, given the current month.</summary>
    public IReadOnlyList<ReviewProblem> SubmissionProblems(Period currentMonth)
    {
        ArgumentNullException.ThrowIfNull(currentMonth);
        var problems = new List<ReviewProblem>();
        if (Period >= currentMonth)
        {
            problems.Add(new ReviewProblem("", ReviewRules.MonthNotEnded, [Period.ToString()]));
        }

        problems.AddRange(Narrative.MissingProblems());
        return problems;
    }

    /// <summary>The manager submits the review for sign-off; only after the plan's month has ended, with the narrative written.</summary>
    public void Submit(Period currentMonth, DateTimeOffset at)
    {
        EnsureEditable();
        var problems = SubmissionProblems(currentMonth);
        if (problems.Count > 0)
        {
            throw new ReviewRulesException(problems);
        }

        Status = ReviewStatus.Submitted;
        SubmittedAt = at;
    }

    /// <summary>A director sends the review back; the comment says what to change.</summary>
    public void Return(string comment)
    {
        EnsureStatus(ReviewStatus.Submitted, "returned");
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new ReviewRulesException([new ReviewProblem("Comment", ReviewRules.CommentRequired)]);
        }

        if (trimmed.Length > CommentMaxLength)
        {
            throw new ReviewRulesException([new ReviewProblem("Comment", ReviewRules.TooLong,
                [CommentMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)])]);
        }

        ReturnComment = trimmed;
        Status = ReviewStatus.Returned;
    }

    /// <summary>A director signs the review off; its plan is closed at the same moment.</summary>
    public void SignOff(MonthlyPlan plan, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Id != PlanId)
        {
            throw new DomainException("The review belongs to another plan.");
        }

        EnsureStatus(ReviewStatus.Submitted, "signed off");
        plan.Close(by, at);
        Status = ReviewStatus.SignedOff;
        SignedOffAt = at;
        SignedOffBy = by;
        ReturnComment = null;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"The month-end review is {Status} and cannot be changed; only a draft or returned one can.");
        }
    }

    private void EnsureStatus(ReviewStatus required, string action)
    {
        if (Status != required)
        {
            throw new DomainException($"Only a {required} month-end review can be {action}; this one is {Status}.");
        }
    }
}
