namespace SalesPlanning.Domain.Targets;

/// <summary>
/// One member's allocation before and after a change, for the audit trail: <see cref="Old"/> is
/// null for a new allocation, <see cref="New"/> null for a removed one.
/// </summary>
public sealed record AllocationChange(Guid MemberId, decimal? Old, decimal? New);
