using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Targets;

/// <summary>A region, rep, product or customer segment that a breakdown can allocate to.</summary>
internal sealed record BreakdownMember(Guid Id, string Code, string NameZh, string NameEn, bool IsActive);

/// <summary>The members of a dimension within a scope: a region's reps are its rep members.</summary>
internal static class BreakdownMembers
{
    public static async Task<IReadOnlyList<BreakdownMember>> LoadAsync(
        ISalesPlanningDb db, TargetScope scope, Dimension dimension, CancellationToken cancellationToken) =>
        dimension switch
        {
            Dimension.Region => await db.Regions.AsNoTracking().OrderBy(r => r.Code)
                .Select(r => new BreakdownMember(r.Id, r.Code, r.Name, r.Name, r.IsActive))
                .ToListAsync(cancellationToken),
            Dimension.Rep => await db.RegionMemberships.AsNoTracking()
                .Where(m => m.RegionId == scope.Id && m.Role == MemberRole.Rep)
                .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => u)
                .OrderBy(u => u.Email)
                .Select(u => new BreakdownMember(u.Id, u.Email ?? "", u.DisplayName, u.DisplayName, u.IsActive))
                .ToListAsync(cancellationToken),
            Dimension.Product => await db.Products.AsNoTracking().OrderBy(p => p.Code)
                .Select(p => new BreakdownMember(p.Id, p.Code, p.NameZh, p.NameEn, p.IsActive))
                .ToListAsync(cancellationToken),
            Dimension.CustomerSegment => await db.CustomerSegments.AsNoTracking().OrderBy(s => s.Code)
                .Select(s => new BreakdownMember(s.Id, s.Code, s.NameZh, s.NameEn, s.IsActive))
                .ToListAsync(cancellationToken),
            _ => [],
        };
}
