namespace SalesPlanning.Domain.Performance;

/// <summary>
/// One broken scorecard rule, as <see cref="Plans.PlanProblem"/> codes plan rules: the field it concerns
/// (e.g. "Targets[2].Calls"; "" for the whole), a stable <see cref="Code"/> that callers turn into a
/// message in the user's language, and the values that message needs (invariant text).
/// </summary>
public sealed record ScorecardProblem(string Field, string Code, IReadOnlyList<string> Args)
{
    public ScorecardProblem(string field, string code)
        : this(field, code, [])
    {
    }
}

/// <summary>Stable codes of <see cref="ScorecardProblem"/>.</summary>
public static class ScorecardRules
{
    /// <summary>A count target is not a whole number ≥ 0 (or above <see cref="KpiTargetSheet.MaxTarget"/>).</summary>
    public const string TargetNotWholeNumber = "TargetNotWholeNumber";

    /// <summary>A manual score is not 0–100 with at most one decimal.</summary>
    public const string ScoreOutOfRange = "ScoreOutOfRange";

    public const string CommentTooLong = "CommentTooLong";

    /// <summary>A weight is not 0–100 with at most two decimals.</summary>
    public const string WeightOutOfRange = "WeightOutOfRange";

    public const string WeightsMustSumTo100 = "WeightsMustSumTo100";

    /// <summary>The same KPI or rep twice.</summary>
    public const string Duplicate = "Duplicate";

    /// <summary>The cap is not between 100 % and 200 %.</summary>
    public const string CapOutOfRange = "CapOutOfRange";

    /// <summary>An actual below zero.</summary>
    public const string Negative = "Negative";

    /// <summary>A rep who is not in the team.</summary>
    public const string NotInTeam = "NotInTeam";
}

/// <summary>Scorecard rules were broken; <see cref="Problems"/> lists every one.</summary>
public sealed class ScorecardRulesException : Common.DomainException
{
    public ScorecardRulesException(IReadOnlyList<ScorecardProblem> problems)
        : base(string.Join(" ", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => $"{p.Field}: {p.Code}.")))
    {
        Problems = problems;
    }

    public IReadOnlyList<ScorecardProblem> Problems { get; }
}
