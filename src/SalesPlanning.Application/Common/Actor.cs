using SalesPlanning.Application.Identity;

namespace SalesPlanning.Application.Common;

/// <summary>The signed-in user a service acts for; services check access against it.</summary>
public sealed record Actor(Guid UserId, IReadOnlySet<string> Roles, string Name = "")
{
    public bool IsDirector => Roles.Contains(Identity.Roles.Director);
    public bool IsManager => Roles.Contains(Identity.Roles.Manager);
    public bool IsRep => Roles.Contains(Identity.Roles.Rep);
    public bool IsAdmin => Roles.Contains(Identity.Roles.Admin);

    /// <summary>Directors and admins see every region; managers and reps only their own.</summary>
    public bool SeesAllRegions => IsDirector || IsAdmin;
}
