namespace SalesPlanning.Domain.Organisation;

/// <summary>A user's place in a region; created and changed only by <see cref="Region"/>.</summary>
public sealed class RegionMembership
{
    internal RegionMembership(Guid regionId, Guid userId, MemberRole role)
    {
        RegionId = regionId;
        UserId = userId;
        Role = role;
    }

    // For EF Core.
    private RegionMembership()
    {
    }

    public Guid RegionId { get; private set; }

    public Guid UserId { get; private set; }

    public MemberRole Role { get; private set; }

    internal void PromoteToManager() => Role = MemberRole.Manager;
}
