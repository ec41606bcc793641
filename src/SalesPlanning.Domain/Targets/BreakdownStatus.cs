namespace SalesPlanning.Domain.Targets;

/// <summary>
/// Whether a breakdown's allocations add up to its target exactly. Derived from the amounts,
/// never stored.
/// </summary>
public enum BreakdownStatus
{
    /// <summary>Something is unallocated or over-allocated (or nothing is allocated yet).</summary>
    Draft,

    /// <summary>The allocations sum exactly to the target.</summary>
    Balanced,
}
