namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// One broken incentive-plan rule, as <see cref="Plans.PlanProblem"/> codes plan rules: the field it
/// concerns (e.g. "Grades[2].Tiers[1].FromPercent"; "" for the whole), a stable <see cref="Code"/> that
/// callers turn into a message in the user's language, and the values that message needs (invariant text).
/// </summary>
public sealed record IncentiveProblem(string Field, string Code, IReadOnlyList<string> Args)
{
    public IncentiveProblem(string field, string code)
        : this(field, code, [])
    {
    }
}

/// <summary>Stable codes of <see cref="IncentiveProblem"/>.</summary>
public static class IncentiveRules
{
    /// <summary>A rate or share is not 0–100 with at most two decimals.</summary>
    public const string RateOutOfRange = "RateOutOfRange";

    /// <summary>An amount is negative, has more than two decimals or is too large.</summary>
    public const string AmountInvalid = "AmountInvalid";

    /// <summary>An achievement bound is not 0–1000 % with at most two decimals.</summary>
    public const string BoundOutOfRange = "BoundOutOfRange";

    /// <summary>The first tier does not start at 0 %, or a tier starts above where the one before ends (args: from, to).</summary>
    public const string TierGap = "TierGap";

    /// <summary>A tier starts below where the one before ends (args: from, to).</summary>
    public const string TierOverlap = "TierOverlap";

    /// <summary>A tier ends where it starts or before.</summary>
    public const string TierEmpty = "TierEmpty";

    /// <summary>The last tier has an end: achievements above it would have no rate (arg: its end).</summary>
    public const string TierNotOpenEnded = "TierNotOpenEnded";

    /// <summary>A grade that earns commission has no tier.</summary>
    public const string TiersMissing = "TiersMissing";

    /// <summary>A grade that earns no commission (head, non-sales staff) has tiers.</summary>
    public const string NoCommission = "NoCommission";

    /// <summary>A part-timer's base pay is not 0.</summary>
    public const string NoBasePay = "NoBasePay";

    /// <summary>The pool's shares do not add up to 100 % (arg: their sum).</summary>
    public const string SharesMustSumTo100 = "SharesMustSumTo100";

    /// <summary>A grade is missing or given twice.</summary>
    public const string GradeMissing = "GradeMissing";

    public const string Duplicate = "Duplicate";

    /// <summary>More tiers than a table may have.</summary>
    public const string TooManyTiers = "TooManyTiers";
}

/// <summary>Incentive-plan rules were broken; <see cref="Problems"/> lists every one.</summary>
public sealed class IncentiveRulesException : Common.DomainException
{
    public IncentiveRulesException(IReadOnlyList<IncentiveProblem> problems)
        : base(string.Join(" ", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => $"{p.Field}: {p.Code}.")))
    {
        Problems = problems;
    }

    public IReadOnlyList<IncentiveProblem> Problems { get; }
}
