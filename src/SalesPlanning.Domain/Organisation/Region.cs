using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Organisation;

/// <summary>A sales region (区域): at most one manager and any number of reps.</summary>
public sealed class Region
{
    private readonly List<RegionMembership> _members = [];

    private Region(string code, string name)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        IsActive = true;
    }

    // For EF Core.
    private Region()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    /// <summary>Optimistic concurrency token, maintained by the database.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<RegionMembership> Members => _members.AsReadOnly();

    public Guid? ManagerId => _members.Find(m => m.Role == MemberRole.Manager)?.UserId;

    public IEnumerable<Guid> RepIds => _members.Where(m => m.Role == MemberRole.Rep).Select(m => m.UserId);

    public static Region Create(string code, string name) =>
        new(Text.Code(code, "Region code"), Text.Required(name, TextLimits.Name, "Region name"));

    public bool HasMember(Guid userId) => Find(userId) is not null;

    public void Rename(string name) => Name = Text.Required(name, TextLimits.Name, "Region name");

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException($"Region {Code} is already inactive.");
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException($"Region {Code} is already active.");
        }

        IsActive = true;
    }

    /// <summary>
    /// Makes the user the region's manager. The current manager, if any, leaves the region;
    /// a rep of this region is promoted.
    /// </summary>
    public void AssignManager(Guid userId)
    {
        EnsureCanAdd(userId);
        var current = _members.Find(m => m.Role == MemberRole.Manager);
        if (current is not null)
        {
            if (current.UserId == userId)
            {
                throw new DomainException($"This user is already the manager of region {Code}.");
            }

            _members.Remove(current);
        }

        var existing = Find(userId);
        if (existing is not null)
        {
            existing.PromoteToManager();
        }
        else
        {
            _members.Add(new RegionMembership(Id, userId, MemberRole.Manager));
        }
    }

    public void AddRep(Guid userId)
    {
        EnsureCanAdd(userId);
        var existing = Find(userId);
        if (existing is not null)
        {
            throw new DomainException(existing.Role == MemberRole.Manager
                ? $"This user is the manager of region {Code} and cannot also be one of its reps."
                : $"This user is already a rep in region {Code}.");
        }

        _members.Add(new RegionMembership(Id, userId, MemberRole.Rep));
    }

    public void RemoveMember(Guid userId)
    {
        var existing = Find(userId)
            ?? throw new DomainException($"This user is not a member of region {Code}.");
        _members.Remove(existing);
    }

    private RegionMembership? Find(Guid userId) => _members.Find(m => m.UserId == userId);

    private void EnsureCanAdd(Guid userId)
    {
        if (userId == Guid.Empty)
        {
            throw new DomainException("Choose a user.");
        }

        if (!IsActive)
        {
            throw new DomainException($"Region {Code} is inactive; activate it before adding people.");
        }
    }
}
