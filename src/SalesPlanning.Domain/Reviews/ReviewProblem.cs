namespace SalesPlanning.Domain.Reviews;

/// <summary>One rule a month-end review breaks: the field it concerns ("" for the whole review), a code and arguments.</summary>
public sealed record ReviewProblem(string Field, string Code, IReadOnlyList<string> Args)
{
    public ReviewProblem(string field, string code)
        : this(field, code, [])
    {
    }
}

/// <summary>The codes of <see cref="ReviewProblem"/>; the web layer shows "MonthEndRule_&lt;Code&gt;" in the user's language.</summary>
public static class ReviewRules
{
    /// <summary>A narrative field needed to submit is empty.</summary>
    public const string Required = "Required";

    /// <summary>Neither controllable nor uncontrollable causes are written.</summary>
    public const string CausesRequired = "CausesRequired";

    /// <summary>A text is longer than its limit (arg: the limit).</summary>
    public const string TooLong = "TooLong";

    /// <summary>The plan's month has not ended yet (arg: the month).</summary>
    public const string MonthNotEnded = "MonthNotEnded";

    /// <summary>A return needs a comment.</summary>
    public const string CommentRequired = "CommentRequired";
}

/// <summary>The review breaks one or more rules; all of them are listed at once.</summary>
public sealed class ReviewRulesException : Common.DomainException
{
    public ReviewRulesException(IReadOnlyList<ReviewProblem> problems)
        : base("The month-end review breaks these rules: " + string.Join("; ", problems?.Select(p => $"{p.Field} {p.Code}") ?? []))
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<ReviewProblem> Problems { get; }
}
