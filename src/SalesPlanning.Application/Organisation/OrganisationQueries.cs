using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

public sealed record MembershipView(Guid RegionId, string RegionCode, string RegionName, MemberRole Role);

public sealed record MeView(Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles, IReadOnlyList<MembershipView> Regions);

public sealed record RegionOverview(Guid Id, string Code, string Name, string? ManagerName, int RepCount, bool IsActive);

public sealed record TeamMember(Guid UserId, string DisplayName, string Email, MemberRole Role, bool IsActive);

public sealed record RegionTeam(Guid RegionId, string Code, string Name, IReadOnlyList<TeamMember> Members);

public sealed record MasterDataCounts(int ActiveUsers, int Regions, int ProductLines, int Products, int CustomerSegments);

/// <summary>Read models of people and regions, filtered by what the actor may see (DESIGN §8).</summary>
public sealed class OrganisationQueries(ISalesPlanningDbFactory contexts)
{
    public async Task<MeView?> GetMeAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
        var regions = await db.RegionMemberships.Where(m => m.UserId == userId)
            .Join(db.Regions, m => m.RegionId, r => r.Id, (m, r) => new { r.Id, r.Code, r.Name, m.Role })
            .OrderBy(r => r.Code)
            .Select(r => new MembershipView(r.Id, r.Code, r.Name, r.Role))
            .ToListAsync(cancellationToken);
        return new MeView(user.Id, user.DisplayName, user.Email ?? "", roles, regions);
    }

    /// <summary>Directors and admins see every region; others see the regions they belong to.</summary>
    public async Task<IReadOnlyList<RegionOverview>> GetRegionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = db.Regions.AsNoTracking();
        if (!actor.SeesAllRegions)
        {
            regions = regions.Where(r => r.Members.Any(m => m.UserId == actor.UserId));
        }

        return await regions
            .OrderBy(r => r.Code)
            .Select(r => new RegionOverview(
                r.Id,
                r.Code,
                r.Name,
                r.Members.Where(m => m.Role == MemberRole.Manager)
                    .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => u.DisplayName)
                    .FirstOrDefault(),
                r.Members.Count(m => m.Role == MemberRole.Rep),
                r.IsActive))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The people of one region; reps see only their own region.</summary>
    public async Task<Result<RegionTeam>> GetTeamAsync(Actor actor, Guid regionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var region = await db.Regions.AsNoTracking()
            .Where(r => r.Id == regionId)
            .Select(r => new { r.Id, r.Code, r.Name, IsMember = r.Members.Any(m => m.UserId == actor.UserId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return Result<RegionTeam>.NotFound();
        }

        if (!actor.SeesAllRegions && !region.IsMember)
        {
            return Result<RegionTeam>.Forbidden();
        }

        var members = await db.RegionMemberships.AsNoTracking()
            .Where(m => m.RegionId == regionId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role, u.IsActive })
            .OrderBy(m => m.Role).ThenBy(m => m.Email)
            .Select(m => new TeamMember(m.Id, m.DisplayName, m.Email ?? "", m.Role, m.IsActive))
            .ToListAsync(cancellationToken);
        return Result<RegionTeam>.Ok(new RegionTeam(region.Id, region.Code, region.Name, members));
    }

    public async Task<Result<MasterDataCounts>> GetMasterDataCountsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.SeesAllRegions)
        {
            return Result<MasterDataCounts>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Result<MasterDataCounts>.Ok(new MasterDataCounts(
            await db.Users.CountAsync(u => u.IsActive, cancellationToken),
            await db.Regions.CountAsync(cancellationToken),
            await db.ProductLines.CountAsync(cancellationToken),
            await db.Products.CountAsync(cancellationToken),
            await db.CustomerSegments.CountAsync(cancellationToken)));
    }
}
