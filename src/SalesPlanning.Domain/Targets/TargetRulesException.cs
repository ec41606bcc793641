using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// Several target rules were broken at once (for example three rows of a breakdown); every problem
/// is listed, each a sentence a user can read, and the message joins them. Problems about a member
/// name it by id; <see cref="Members"/> lists those members so a caller can point at the rows.
/// </summary>
public sealed class TargetRulesException : DomainException
{
    public TargetRulesException(IReadOnlyList<string> problems)
        : this(problems, Array.Empty<AllocationProblem>())
    {
    }

    public TargetRulesException(IReadOnlyList<string> problems, IReadOnlyList<AllocationProblem> rows)
        : base(string.Join(" ", problems ?? throw new ArgumentNullException(nameof(problems))))
    {
        ArgumentNullException.ThrowIfNull(rows);
        Problems = problems;
        Rows = rows;
    }

    public IReadOnlyList<string> Problems { get; }

    /// <summary>The refused rows of a breakdown, by member and coded (<see cref="Target.AllocationProblems"/>); may be empty.</summary>
    public IReadOnlyList<AllocationProblem> Rows { get; }

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
