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
        : this(problems, [])
    {
    }

    public TargetRulesException(IReadOnlyList<string> problems, IReadOnlyList<Guid> members)
        : base(string.Join(" ", problems ?? throw new ArgumentNullException(nameof(problems))))
    {
        ArgumentNullException.ThrowIfNull(members);
        Problems = problems;
        Members = members;
    }

    public IReadOnlyList<string> Problems { get; }

    /// <summary>The members whose allocations were refused, in the order given; may be empty.</summary>
    public IReadOnlyList<Guid> Members { get; }
}
