using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

/// <summary>
/// The master data as the admin pages and the API list it, inactive items included: directors and admins
/// see every region, others the regions they belong to; products, lines and segments any signed-in user.
/// Changes go through <see cref="MasterDataService"/>.
/// </summary>
public sealed class MasterDataQueries(ISalesPlanningDbFactory contexts)
{
    public async Task<Result<IReadOnlyList<RegionAdminView>>> ListRegionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = db.Regions.AsNoTracking();
        if (!actor.SeesAllRegions)
        {
            regions = regions.Where(r => r.Members.Any(m => m.UserId == actor.UserId));
        }

        var list = await regions.OrderBy(r => r.Code)
            .Select(r => new
            {
                r.Id, r.Code, r.Name, r.IsActive, r.Version,
                Manager = r.Members.Where(m => m.Role == MemberRole.Manager)
                    .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => new { u.Id, u.DisplayName, u.Email })
                    .FirstOrDefault(),
                Reps = r.Members.Count(m => m.Role == MemberRole.Rep),
            })
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<RegionAdminView>>.Ok(list
            .Select(r => new RegionAdminView(r.Id, r.Code, r.Name, r.Manager?.Id, r.Manager?.DisplayName, r.Manager?.Email, r.Reps, r.IsActive, r.Version))
            .ToList());
    }

    public async Task<IReadOnlyList<ProductLineView>> ListProductLinesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProductLines.AsNoTracking().OrderBy(l => l.Code)
            .Select(l => new ProductLineView(l.Id, l.Code, l.NameZh, l.NameEn, db.Products.Count(p => p.ProductLineId == l.Id), l.IsActive, l.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProductView>> ListProductsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().OrderBy(p => p.Code)
            .Join(db.ProductLines, p => p.ProductLineId, l => l.Id, (p, l) => new ProductView(
                p.Id, p.Code, p.NameZh, p.NameEn, p.Unit, p.ProductLineId, l.Code, p.IsActive, p.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SegmentView>> ListSegmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CustomerSegments.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SegmentView(s.Id, s.Code, s.NameZh, s.NameEn, s.Kind, s.IsActive, s.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Who can be made a region's manager: active users with the manager role (admins only).</summary>
    public async Task<Result<IReadOnlyList<ManagerOption>>> ListManagerOptionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<IReadOnlyList<ManagerOption>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Result<IReadOnlyList<ManagerOption>>.Ok(await ManagersQuery(db).ToListAsync(cancellationToken));
    }

    /// <summary>Active users with the manager role, by e-mail: the one definition of who may manage a region.</summary>
    internal static IQueryable<ManagerOption> ManagersQuery(ISalesPlanningDb db) =>
        db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Manager)))
            .OrderBy(u => u.Email)
            .Select(u => new ManagerOption(u.Id, u.DisplayName, u.Email ?? ""));
}
