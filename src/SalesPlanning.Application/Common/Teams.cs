using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Common;

/// <summary>
/// Who manages whom (DESIGN §8): a manager manages the reps of the regions they are manager of. The one
/// place these checks are written; targets, progress and scorecards ask here.
/// </summary>
internal static class Teams
{
    /// <summary>True when <paramref name="managerId"/> is a manager of a region where <paramref name="repId"/> is a rep.</summary>
    public static Task<bool> ManagesRepAsync(ISalesPlanningDb db, Guid managerId, Guid repId, CancellationToken cancellationToken) =>
        db.RegionMemberships.AnyAsync(
            m => m.UserId == repId && m.Role == MemberRole.Rep
                && db.RegionMemberships.Any(mm => mm.RegionId == m.RegionId && mm.UserId == managerId && mm.Role == MemberRole.Manager),
            cancellationToken);

    /// <summary>The reps of every region <paramref name="managerId"/> manages.</summary>
    public static async Task<HashSet<Guid>> RepsManagedByAsync(ISalesPlanningDb db, Guid managerId, CancellationToken cancellationToken) =>
        (await db.RegionMemberships.AsNoTracking()
            .Where(m => m.Role == MemberRole.Rep
                && db.RegionMemberships.Any(mm => mm.RegionId == m.RegionId && mm.UserId == managerId && mm.Role == MemberRole.Manager))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>True when <paramref name="managerId"/> is a manager of the region.</summary>
    public static Task<bool> ManagesRegionAsync(ISalesPlanningDb db, Guid managerId, Guid regionId, CancellationToken cancellationToken) =>
        db.RegionMemberships.AnyAsync(m => m.RegionId == regionId && m.UserId == managerId && m.Role == MemberRole.Manager, cancellationToken);

    /// <summary>The region a rep sells for (the first by id when, unusually, there are several); null without one.</summary>
    public static Task<Guid?> RepRegionAsync(ISalesPlanningDb db, Guid repId, CancellationToken cancellationToken) =>
        RepRegion(db, repId).FirstOrDefaultAsync(cancellationToken);

    /// <summary><see cref="RepRegionAsync"/> as a query to compose into another (its first row is the region).</summary>
    public static IQueryable<Guid?> RepRegion(ISalesPlanningDb db, Guid repId) =>
        db.RegionMemberships.AsNoTracking()
            .Where(m => m.UserId == repId && m.Role == MemberRole.Rep)
            .OrderBy(m => m.RegionId)
            .Select(m => (Guid?)m.RegionId);
}
