namespace SalesPlanning.Domain.Targets;

/// <summary>
/// The split (目标分解) of a target along one dimension into allocations, at most one per member.
/// Owned by its <see cref="Target"/>, which makes every change; a breakdown only reports how far
/// its allocations are from the target's amount.
/// </summary>
/// <remarks>
/// The status is derived from the amounts and never stored. The breakdown reads the amount of its
/// target through <see cref="Target"/>, so load it with its target.
/// </remarks>
public sealed class TargetBreakdown
{
    private readonly List<Allocation> _allocations = [];

    internal TargetBreakdown(Target target, Dimension dimension)
    {
        Id = Guid.CreateVersion7();
        Target = target;
        TargetId = target.Id;
        Dimension = dimension;
    }

    // For EF Core.
    private TargetBreakdown()
    {
    }

    public Guid Id { get; private set; }

    public Guid TargetId { get; private set; }

    /// <summary>The target this breakdown splits; its amount is the parent amount.</summary>
    public Target Target { get; private set; } = null!;

    public Dimension Dimension { get; private set; }

    public IReadOnlyList<Allocation> Allocations => _allocations.AsReadOnly();

    /// <summary>The sum of the allocations (the totals row).</summary>
    public decimal Allocated => _allocations.Sum(a => a.Amount);

    /// <summary>
    /// The target's amount minus <see cref="Allocated"/>: what is still to be allocated, or a
    /// negative figure when more than the target has been allocated.
    /// </summary>
    public decimal Unallocated => ParentAmount - Allocated;

    /// <summary>
    /// The allocations sum exactly to the target: nothing is unallocated and something is
    /// allocated, or the target is 0 and so are the allocations (if any).
    /// </summary>
    public bool IsBalanced => Unallocated == 0 && (_allocations.Count > 0 || ParentAmount == 0);

    public BreakdownStatus Status => IsBalanced ? BreakdownStatus.Balanced : BreakdownStatus.Draft;

    private decimal ParentAmount =>
        (Target ?? throw new InvalidOperationException("Load a target breakdown together with its target.")).Amount;

    /// <summary>The member's allocated amount, or null when the member has no allocation.</summary>
    public decimal? AmountFor(Guid memberId) => Find(memberId)?.Amount;

    /// <summary>The member's allocation as a percentage of the target (unrounded); null without one.</summary>
    public decimal? ShareFor(Guid memberId) => Find(memberId)?.ShareOf(ParentAmount);

    /// <summary>Makes the allocations exactly <paramref name="amounts"/> (already validated by the target).</summary>
    internal IReadOnlyList<AllocationChange> Replace(IReadOnlyDictionary<Guid, decimal> amounts)
    {
        var changes = new List<AllocationChange>();
        foreach (var removed in _allocations.Where(a => !amounts.ContainsKey(a.MemberId)).ToList())
        {
            _allocations.Remove(removed);
            changes.Add(new AllocationChange(removed.MemberId, removed.Amount, null));
        }

        foreach (var (memberId, amount) in amounts)
        {
            var existing = Find(memberId);
            if (existing is null)
            {
                _allocations.Add(new Allocation(Id, memberId, amount));
                changes.Add(new AllocationChange(memberId, null, amount));
            }
            else if (existing.Amount != amount)
            {
                changes.Add(new AllocationChange(memberId, existing.Amount, amount));
                existing.ChangeAmount(amount);
            }
        }

        return changes.AsReadOnly();
    }

    /// <summary>Every allocation as removed, for the audit trail when the whole breakdown goes.</summary>
    internal IReadOnlyList<AllocationChange> AllRemoved() =>
        _allocations.Select(a => new AllocationChange(a.MemberId, a.Amount, null)).ToList().AsReadOnly();

    private Allocation? Find(Guid memberId) => _allocations.Find(a => a.MemberId == memberId);
}
