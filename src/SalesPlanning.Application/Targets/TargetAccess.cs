using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Targets;

/// <summary>
/// Who may read and change the targets of a scope (DESIGN §8): directors everything; a manager
/// their regions' targets and their reps'; a rep only their own, read-only.
/// </summary>
internal sealed record TargetAccess(ScopeView? Scope, bool CanRead, bool CanWrite)
{
    public static async Task<TargetAccess> ForAsync(ISalesPlanningDb db, Actor actor, TargetScope scope, CancellationToken cancellationToken)
    {
        switch (scope.Kind)
        {
            case ScopeKind.Company:
                return new TargetAccess(new ScopeView(ScopeKind.Company, null, ""), actor.IsDirector, actor.IsDirector);

            case ScopeKind.Region:
            {
                var region = await db.Regions.AsNoTracking().Where(r => r.Id == scope.Id)
                    .Select(r => new { r.Name, Managed = r.Members.Any(m => m.UserId == actor.UserId && m.Role == MemberRole.Manager) })
                    .SingleOrDefaultAsync(cancellationToken);
                if (region is null)
                {
                    return new TargetAccess(null, false, false);
                }

                var allowed = actor.IsDirector || (actor.IsManager && region.Managed);
                return new TargetAccess(new ScopeView(ScopeKind.Region, scope.Id, region.Name), allowed, allowed);
            }

            case ScopeKind.Rep:
            {
                var rep = await db.Users.AsNoTracking().Where(u => u.Id == scope.Id)
                    .Select(u => new { u.DisplayName })
                    .SingleOrDefaultAsync(cancellationToken);
                if (rep is null)
                {
                    return new TargetAccess(null, false, false);
                }

                var managesRep = actor.IsManager && await Teams.ManagesRepAsync(db, actor.UserId, scope.Id!.Value, cancellationToken);
                var canWrite = actor.IsDirector || managesRep;
                var canRead = canWrite || (actor.IsRep && actor.UserId == scope.Id);
                return new TargetAccess(new ScopeView(ScopeKind.Rep, scope.Id, rep.DisplayName), canRead, canWrite);
            }

            default:
                return new TargetAccess(null, false, false);
        }
    }
}
