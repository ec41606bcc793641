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

    public static Region Create(string code, string name)
    {
        var checks = new OrganisationChecks();
        var region = new Region(checks.Code(code), checks.Text(name, TextLimits.Name, nameof(Name)));
        checks.ThrowIfAny();
        return region;
    }

    public bool HasMember(Guid userId) => Find(userId) is not null;

    public void Rename(string name)
    {
        var checks = new OrganisationChecks();
        var valid = checks.Text(name, TextLimits.Name, nameof(Name));
        checks.ThrowIfAny();
        Name = valid;
    }

    public void Deactivate()
    {
        OrganisationChecks.EnsureNotAlready(IsActive, wanted: false, Code);
        IsActive = false;
    }

    public void Activate()
    {
        OrganisationChecks.EnsureNotAlready(IsActive, wanted: true, Code);
        IsActive = true;
    }

    /// <summary>
    /// Makes the user the region's manager. The current manager, if any, leaves the region;
    /// a rep of this region is promoted.
    /// </summary>
    public void AssignManager(Guid userId)
    {
        EnsureCanAdd(userId, nameof(ManagerId));
        var current = _members.Find(m => m.Role == MemberRole.Manager);
        if (current is not null)
        {
            if (current.UserId == userId)
            {
                throw Refused(nameof(ManagerId), OrganisationRules.AlreadyManager);
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

    /// <summary>
    /// Gives the region <paramref name="userId"/> as its manager, or none (null): the admin's change of a
    /// region. Nothing happens when it already is so; an inactive region's manager does not change.
    /// </summary>
    public void ChangeManager(Guid? userId)
    {
        if (ManagerId == userId)
        {
            return;
        }

        if (!IsActive)
        {
            throw Refused(nameof(ManagerId), OrganisationRules.RegionInactive);
        }

        if (userId is { } manager)
        {
            AssignManager(manager);
        }
        else
        {
            RemoveMember(ManagerId!.Value);
        }
    }

    public void AddRep(Guid userId)
    {
        EnsureCanAdd(userId, nameof(RepIds));
        var existing = Find(userId);
        if (existing is not null)
        {
            throw Refused(nameof(RepIds), existing.Role == MemberRole.Manager ? OrganisationRules.ManagerCannotBeRep : OrganisationRules.AlreadyRep);
        }

        _members.Add(new RegionMembership(Id, userId, MemberRole.Rep));
    }

    public void RemoveMember(Guid userId)
    {
        var existing = Find(userId) ?? throw Refused(nameof(Members), OrganisationRules.NotAMember);
        _members.Remove(existing);
    }

    private RegionMembership? Find(Guid userId) => _members.Find(m => m.UserId == userId);

    private void EnsureCanAdd(Guid userId, string field)
    {
        if (userId == Guid.Empty)
        {
            throw new OrganisationRulesException(new OrganisationProblem(field, OrganisationRules.UserRequired));
        }

        if (!IsActive)
        {
            throw Refused(field, OrganisationRules.RegionInactive);
        }
    }

    private OrganisationRulesException Refused(string field, string code) => new(new OrganisationProblem(field, code, [Code]));
}
