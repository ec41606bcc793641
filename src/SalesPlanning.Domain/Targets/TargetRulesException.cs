using System.Globalization;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// Several target rules were broken at once (for example three rows of a breakdown); every problem
/// is listed, each a sentence a user can read, and the message joins them. Problems about a member
/// name it by id; <see cref="Members"/> lists those members so a caller can point at the rows. The same
/// problems come coded too (<see cref="Rows"/> for a breakdown's rows, <see cref="Coded"/> for the rest),
/// which callers turn into messages in the user's language.
/// </summary>
public sealed class TargetRulesException : DomainException
{
    public TargetRulesException(IReadOnlyList<string> problems)
        : this(problems, Array.Empty<AllocationProblem>())
    {
    }

    public TargetRulesException(IReadOnlyList<string> problems, IReadOnlyList<AllocationProblem> rows)
        : this(problems, rows, [])
    {
    }

    /// <summary>Refused by coded rules (<see cref="TargetRules"/>); the message joins each problem's sentence.</summary>
    public TargetRulesException(IReadOnlyList<TargetProblem> coded)
        : this([.. (coded ?? throw new ArgumentNullException(nameof(coded))).Select(p => p.Sentence)], [], coded)
    {
    }

    private TargetRulesException(IReadOnlyList<string> problems, IReadOnlyList<AllocationProblem> rows, IReadOnlyList<TargetProblem> coded)
        : base(string.Join(" ", problems ?? throw new ArgumentNullException(nameof(problems))))
    {
        ArgumentNullException.ThrowIfNull(rows);
        Problems = problems;
        Rows = rows;
        Coded = coded;
    }

    public IReadOnlyList<string> Problems { get; }

    /// <summary>The refused rows of a breakdown, by member and coded (<see cref="Target.AllocationProblems"/>); may be empty.</summary>
    public IReadOnlyList<AllocationProblem> Rows { get; }

    /// <summary>The broken rules other than a breakdown's rows, by field and coded (<see cref="TargetProblem"/>); may be empty.</summary>
    public IReadOnlyList<TargetProblem> Coded { get; }

    /// <summary>The members whose allocations were refused, in the order given; may be empty.</summary>
    public IReadOnlyList<Guid> Members => [.. Rows.Select(r => r.MemberId).Where(id => id != Guid.Empty).Distinct()];
}

/// <summary>A refused row of a breakdown: the member and the rule's code (<see cref="AllocationRules"/> or <see cref="AmountRules"/>).</summary>
public sealed record AllocationProblem(Guid MemberId, string Code);

/// <summary>Stable codes of a breakdown's rows besides the amount's own (<see cref="AmountRules"/>).</summary>
public static class AllocationRules
{
    public const string MemberNotAllowed = "MemberNotAllowed";
    public const string MemberMissing = "MemberMissing";
}

/// <summary>
/// One broken target rule outside a breakdown's rows (a distribution, an annual target, a split): the field
/// it concerns (a request's member: "Name", "Percentages", "Weights", "Year", "Metric", "Amount"; "" for the
/// request as a whole), a stable <see cref="Code"/> (<see cref="TargetRules"/>, <see cref="AmountRules"/>) that
/// callers turn into a message in the user's language, the values that message may name (invariant text),
/// and the domain's own sentence (logs, the exception's message). As <c>PlanProblem</c> does for plans.
/// </summary>
public sealed record TargetProblem(string Field, string Code, IReadOnlyList<string> Args, string Sentence)
{
    public override string ToString() => $"{Field}: {Code} ({Sentence})";

    internal static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Stable codes of <see cref="TargetProblem"/>: the rules of distributions, annual targets and splits.</summary>
public static class TargetRules
{
    public const string NameRequired = "NameRequired";
    public const string NameTooLong = "NameTooLong";
    public const string PercentCount = "PercentCount";
    public const string PercentOutOfRange = "PercentOutOfRange";
    public const string PercentDecimals = "PercentDecimals";
    public const string PercentSum = "PercentSum";
    public const string WeightCount = "WeightCount";
    public const string WeightOutOfRange = "WeightOutOfRange";
    public const string WeightDecimals = "WeightDecimals";
    public const string WeightsAllZero = "WeightsAllZero";
    public const string YearOutOfRange = "YearOutOfRange";
    public const string UnknownMetric = "UnknownMetric";
    public const string NoMembers = "NoMembers";
    public const string NegativeWeight = "NegativeWeight";
}
