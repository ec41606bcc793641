using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.People;

/// <summary>A person's region memberships as administration sets them: rep of some regions, manager of others.</summary>
internal static class UserMemberships
{
    /// <summary>
    /// Makes the user a rep of exactly <paramref name="repIn"/> and the manager of exactly
    /// <paramref name="managerOf"/> (region codes), auditing each change; or says what is wrong.
    /// </summary>
    public static async Task<List<UserProblem>> SetAsync(
        ISalesPlanningDb db, PeopleAudit audit, AppUser user, string key, IReadOnlySet<string> roles,
        IReadOnlyList<string>? repIn, IReadOnlyList<string>? managerOf, CancellationToken cancellationToken)
    {
        var problems = new List<UserProblem>();
        var repCodes = Codes(repIn);
        var managerCodes = Codes(managerOf);
        if (repCodes.Count > 0 && !roles.Contains(Roles.Rep))
        {
            problems.Add(new UserProblem("RepIn", PeopleMessages.RepRoleNeeded));
        }

        if (managerCodes.Count > 0 && !roles.Contains(Roles.Manager))
        {
            problems.Add(new UserProblem("ManagerOf", PeopleMessages.ManagerRoleNeeded));
        }

        if (repCodes.Overlaps(managerCodes))
        {
            problems.Add(new UserProblem("ManagerOf", PeopleMessages.RepAndManagerOfSameRegion));
        }

        var wanted = repCodes.Concat(managerCodes).ToList();
        var regions = await db.Regions.Include(r => r.Members)
            .Where(r => wanted.Contains(r.Code) || r.Members.Any(m => m.UserId == user.Id))
            .ToListAsync(cancellationToken);
        var unknown = wanted.Where(code => regions.TrueForAll(r => r.Code != code)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new UserProblem(repCodes.Overlaps(unknown) ? "RepIn" : "ManagerOf", PeopleMessages.RegionUnknown));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var region in regions.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            var current = region.Members.FirstOrDefault(m => m.UserId == user.Id)?.Role;
            MemberRole? target = repCodes.Contains(region.Code) ? MemberRole.Rep : managerCodes.Contains(region.Code) ? MemberRole.Manager : null;
            if (current == target)
            {
                continue;
            }

            var field = repCodes.Contains(region.Code) ? "RepIn" : "ManagerOf";
            if (target is not null && !region.IsActive)
            {
                problems.Add(new UserProblem(field, PeopleMessages.RegionInactive));
                continue;
            }

            if (target == MemberRole.Manager && region.ManagerId is { } other && other != user.Id)
            {
                problems.Add(new UserProblem(field, PeopleMessages.RegionHasManager));
                continue;
            }

            try
            {
                if (current is not null)
                {
                    region.RemoveMember(user.Id);
                }

                if (target == MemberRole.Rep)
                {
                    region.AddRep(user.Id);
                }
                else if (target == MemberRole.Manager)
                {
                    region.AssignManager(user.Id);
                }
            }
            catch (DomainException)
            {
                problems.Add(new UserProblem(field, PeopleMessages.RegionInactive));
                continue;
            }

            audit.Membership(region.Code, key, target is null ? "MembershipRemoved" : current is null ? "MembershipAdded" : "MembershipChanged",
                current?.ToString(), target?.ToString());
        }

        return problems;
    }

    private static HashSet<string> Codes(IReadOnlyList<string>? codes) =>
        (codes ?? []).Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
}
