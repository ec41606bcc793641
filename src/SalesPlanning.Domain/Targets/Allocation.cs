namespace SalesPlanning.Domain.Targets;

/// <summary>
/// One member's part of a breakdown: a region, rep, product or customer segment and its amount.
/// Created and changed only by <see cref="Target"/>.
/// </summary>
public sealed class Allocation
{
    internal Allocation(Guid breakdownId, Guid memberId, decimal amount)
    {
        BreakdownId = breakdownId;
        MemberId = memberId;
        Amount = amount;
    }

    // For EF Core.
    private Allocation()
    {
    }

    public Guid BreakdownId { get; private set; }

    /// <summary>The region, rep, product or customer segment, by the breakdown's dimension.</summary>
    public Guid MemberId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>
    /// The amount as a percentage of <paramref name="parent"/> (40 for 40%), unrounded; 0 when the
    /// parent is 0. Round for display only.
    /// </summary>
    public decimal ShareOf(decimal parent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parent);
        return parent == 0 ? 0m : Amount * 100m / parent;
    }

    internal void ChangeAmount(decimal amount) => Amount = amount;
}
