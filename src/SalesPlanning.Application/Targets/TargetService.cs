using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Targets;

/// <summary>
/// Targets and their decomposition (DESIGN §3). Directors set the company's targets and split
/// them into regions, products and segments; a region's manager splits the region's into reps,
/// products and segments; a rep reads their own. Region and rep targets are the allocations of
/// the breakdown above them, kept in step when that breakdown is saved. Every change is audited.
/// </summary>
public sealed class TargetService(
    ISalesPlanningDbFactory contexts,
    ActualsQuery actuals,
    TimeProvider time,
    ILogger<TargetService> logger)
{
    public static readonly IReadOnlyList<Metric> Metrics = [Metric.SalesAmount, Metric.SalesVolume, Metric.Collections];

    public async Task<Result<ScopeTargetsView>> GetTargetsAsync(
        Actor actor, Period period, TargetScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await TargetAccess.ForAsync(db, actor, scope, cancellationToken);
        if (access.Scope is null)
        {
            return Result<ScopeTargetsView>.NotFound();
        }

        if (!access.CanRead)
        {
            return Result<ScopeTargetsView>.Forbidden();
        }

        var targets = await LoadTargets(db, period, scope).AsNoTracking().ToListAsync(cancellationToken);
        var metrics = Metrics.Select(metric =>
        {
            var target = targets.Find(t => t.Metric == metric);
            return target is null
                ? new MetricTargetView(metric, null, null, false, 0, [])
                : new MetricTargetView(metric, target.Id, target.Amount, target.IsLocked, target.Version,
                    target.Breakdowns.OrderBy(b => b.Dimension)
                        .Select(b => new BreakdownSummary(b.Dimension, b.Allocated, b.Unallocated, b.Status)).ToList());
        }).ToList();
        return Result<ScopeTargetsView>.Ok(new ScopeTargetsView(period, access.Scope, access.CanWrite, scope.Dimensions, metrics));
    }

    /// <summary>Sets the company's target of a metric (directors only); returns the new version.</summary>
    public async Task<Result<uint>> SetCompanyTargetAsync(Actor actor, SetTargetAmount request, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDirector)
        {
            return Result<uint>.Forbidden();
        }

        if (Validation.Check<SetTargetAmountValidator, SetTargetAmount>(request) is { } invalid)
        {
            return Result<uint>.Invalid(invalid);
        }

        if (TargetMessages.AmountProblem(request.Metric, request.Amount) is { } problem)
        {
            return Invalid(nameof(request.Amount), problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await LoadTargets(db, request.Period, TargetScope.Company)
            .SingleOrDefaultAsync(t => t.Metric == request.Metric, cancellationToken);
        var audit = new AuditWriter(db, actor, time);
        if (target is null)
        {
            if (request.Version is not null and not 0)
            {
                return Result<uint>.Conflict(ConflictMessage);
            }

            target = Target.Create(request.Period, request.Metric, TargetScope.Company, request.Amount);
            db.Targets.Add(target);
            audit.Target(target, "Created", nameof(Target.Amount), null, request.Amount);
        }
        else
        {
            if (request.Version != target.Version)
            {
                return Result<uint>.Conflict(ConflictMessage);
            }

            try
            {
                var old = target.ChangeAmount(request.Amount);
                if (old == request.Amount)
                {
                    return Result<uint>.Ok(target.Version);
                }

                audit.Target(target, "AmountChanged", nameof(Target.Amount), old, request.Amount);
            }
            catch (DomainException)
            {
                return Invalid(nameof(request.Amount), TargetMessages.TargetLocked);
            }
        }

        return await SaveAsync(db, target, "Company target {Metric} of {Period} set to {Amount} by {UserId}",
            request.Metric, request.Period, request.Amount, actor.UserId);
    }

    public async Task<Result<BreakdownView>> GetBreakdownAsync(
        Actor actor, Period period, Metric metric, TargetScope scope, Dimension dimension, CancellationToken cancellationToken = default)
    {
        if (!scope.CanBreakDownAlong(dimension))
        {
            return Result<BreakdownView>.NotFound();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await TargetAccess.ForAsync(db, actor, scope, cancellationToken);
        if (access.Scope is null)
        {
            return Result<BreakdownView>.NotFound();
        }

        if (!access.CanRead)
        {
            return Result<BreakdownView>.Forbidden();
        }

        var target = await LoadTargets(db, period, scope).AsNoTracking().SingleOrDefaultAsync(t => t.Metric == metric, cancellationToken);
        if (target is null)
        {
            return Result<BreakdownView>.NotFound();
        }

        var breakdown = target.FindBreakdown(dimension);
        var members = await BreakdownMembers.LoadAsync(db, scope, dimension, cancellationToken);
        var lastMonth = await ActualsOf(period.Previous(), metric, scope, dimension, cancellationToken);
        var lastYear = await ActualsOf(period.SameMonthLastYear(), metric, scope, dimension, cancellationToken);

        // Every active member, plus inactive ones that still hold an allocation (so it can be moved).
        var lines = members
            .Where(m => m.IsActive || breakdown?.AmountFor(m.Id) is not null)
            .Select(m => new BreakdownLine(
                m.Id, m.Code, m.NameZh, m.NameEn, m.IsActive,
                breakdown?.AmountFor(m.Id) ?? 0m,
                lastMonth?.GetValueOrDefault(m.Id),
                lastYear?.GetValueOrDefault(m.Id)))
            .ToList();
        return Result<BreakdownView>.Ok(new BreakdownView(
            period, metric, access.Scope, dimension, target.Id, target.Amount, target.Version, target.IsLocked,
            access.CanWrite && !target.IsLocked, lines));
    }

    /// <summary>What a split helper proposes; nothing is saved until the user saves the breakdown.</summary>
    public async Task<Result<IReadOnlyDictionary<Guid, decimal>>> SuggestAsync(
        Actor actor, Period period, Metric metric, TargetScope scope, Dimension dimension, SplitMethod method,
        CancellationToken cancellationToken = default)
    {
        var view = await GetBreakdownAsync(actor, period, metric, scope, dimension, cancellationToken);
        if (!view.IsOk)
        {
            return Result<IReadOnlyDictionary<Guid, decimal>>.From(view);
        }

        var breakdown = view.Value!;
        var active = breakdown.Lines.Where(l => l.IsActive).ToList();
        var ids = active.Select(l => l.MemberId).ToList();
        IReadOnlyDictionary<Guid, decimal> weights = method switch
        {
            SplitMethod.LastMonthActualShare => active.ToDictionary(l => l.MemberId, l => l.LastMonthActual ?? 0m),
            SplitMethod.LastYearActualShare => active.ToDictionary(l => l.MemberId, l => l.LastYearActual ?? 0m),
            SplitMethod.CopyLastMonth => await LastMonthAllocationsAsync(period, metric, scope, dimension, ids, cancellationToken),
            _ => ids.ToDictionary(id => id, _ => 1m),
        };
        try
        {
            var split = method == SplitMethod.Evenly
                ? Splitter.Evenly(breakdown.ParentAmount, ids, breakdown.Decimals)
                : Splitter.ByWeights(breakdown.ParentAmount, weights, breakdown.Decimals);
            return Result<IReadOnlyDictionary<Guid, decimal>>.Ok(split);
        }
        catch (TargetRulesException ex) when (ex.Coded.Count > 0)
        {
            // No active member to split among, or a negative figure to weigh by: told in the user's language.
            return Result<IReadOnlyDictionary<Guid, decimal>>.Invalid(TargetMessages.ByField(ex.Coded));
        }
    }

    /// <summary>
    /// Saves a whole breakdown. Refused when someone else saved since <see cref="SaveBreakdown.Version"/>
    /// (the caller keeps the user's input to re-apply), when the target is locked, or when any row
    /// breaks a rule (every problem reported). Saving a company breakdown into regions, or a region's
    /// into reps, sets those regions' or reps' targets to their allocations.
    /// </summary>
    public async Task<Result<uint>> SaveBreakdownAsync(Actor actor, SaveBreakdown request, CancellationToken cancellationToken = default)
    {
        if (Validation.Check<SaveBreakdownValidator, SaveBreakdown>(request) is { } invalid)
        {
            return Result<uint>.Invalid(invalid);
        }

        TargetScope scope;
        try
        {
            scope = TargetScope.From(request.ScopeKind, request.ScopeId);
        }
        catch (DomainException)
        {
            return Invalid("Scope", TargetMessages.ScopeRequired);
        }

        if (!scope.CanBreakDownAlong(request.Dimension))
        {
            return Invalid(nameof(request.Dimension), TargetMessages.DimensionNotAllowed);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await TargetAccess.ForAsync(db, actor, scope, cancellationToken);
        if (access.Scope is null)
        {
            return Result<uint>.NotFound();
        }

        if (!access.CanWrite)
        {
            return Result<uint>.Forbidden();
        }

        var target = await LoadTargets(db, request.Period, scope).SingleOrDefaultAsync(t => t.Metric == request.Metric, cancellationToken);
        if (target is null)
        {
            return Result<uint>.NotFound();
        }

        if (target.Version != request.Version)
        {
            return Result<uint>.Conflict(ConflictMessage);
        }

        if (target.IsLocked)
        {
            return Invalid("", TargetMessages.TargetLocked);
        }

        var members = await BreakdownMembers.LoadAsync(db, scope, request.Dimension, cancellationToken);
        var allowed = members.Where(m => m.IsActive).Select(m => m.Id).ToHashSet();
        // The rows' rule is the domain's (Target.AllocationProblems), asked before anything is written.
        if (Target.AllocationProblems(request.Metric, request.Amounts, allowed) is { Count: > 0 } rows)
        {
            return Result<uint>.Invalid(TargetMessages.ByRow(rows));
        }

        var codes = members.ToDictionary(m => m.Id, m => m.Code);
        var audit = new AuditWriter(db, actor, time);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var changes = target.SetAllocations(request.Dimension, request.Amounts, allowed);
            foreach (var change in changes)
            {
                audit.Target(target, "AllocationChanged", $"{request.Dimension}:{codes.GetValueOrDefault(change.MemberId, change.MemberId.ToString())}",
                    change.Old, change.New);
            }

            if (ChildScope(scope, request.Dimension) is { } childKind)
            {
                await SyncChildTargetsAsync(db, audit, target, childKind, request.Dimension, members.Select(m => m.Id).ToHashSet(), cancellationToken);
            }
        }
        catch (TargetRulesException ex) when (ex.Rows.Count > 0)
        {
            return Result<uint>.Invalid(TargetMessages.ByRow(ex.Rows));
        }
        catch (DomainException)
        {
            // The rows were checked above; what is left is a locked region or rep target below this one.
            return Invalid("", TargetMessages.ChildTargetLocked);
        }

        var saved = await SaveAsync(db, target, "{Dimension} breakdown of {Metric} {Scope} {Period} saved by {UserId}",
            request.Dimension, request.Metric, scope, request.Period, actor.UserId);
        if (saved.IsOk)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>Locks a region's targets and its reps' for the period (when its plan is approved).</summary>
    public async Task LockRegionAsync(Actor actor, Period period, Guid regionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        LockAll(db, actor, time, await RegionTargets(db, period, regionId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Locks the unlocked ones of <paramref name="targets"/> (tracked by <paramref name="db"/>) with audit rows; saving is the caller's.</summary>
    internal static void LockAll(ISalesPlanningDb db, Actor actor, TimeProvider time, IEnumerable<Target> targets)
    {
        var audit = new AuditWriter(db, actor, time);
        foreach (var target in targets.Where(t => !t.IsLocked))
        {
            target.Lock();
            audit.Target(target, "Locked", null, null, null);
        }
    }

    /// <summary>A director re-opens a region's locked targets and its reps', with a reason; audited.</summary>
    public async Task<Result<int>> ReopenRegionAsync(
        Actor actor, Period period, Guid regionId, string comment, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDirector)
        {
            return Result<int>.Forbidden();
        }

        if (string.IsNullOrWhiteSpace(comment) || comment.Length > TextLimits.LongText)
        {
            return Result<int>.Invalid(new Dictionary<string, string[]>
            {
                [nameof(comment)] = [TargetMessages.ReasonRequired],
            });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regionName = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
        if (regionName is null)
        {
            return Result<int>.NotFound();
        }

        var locked = await RegionTargets(db, period, regionId).Where(t => t.IsLocked).ToListAsync(cancellationToken);
        var audit = new AuditWriter(db, actor, time);
        foreach (var target in locked)
        {
            target.Reopen();
            audit.Target(target, "Reopened", null, null, null, comment.Trim());
        }

        // Re-opening the targets of an approved plan re-opens the plan: its manager changes and resubmits it.
        var plan = await db.MonthlyPlans.Include(p => p.Transitions)
            .SingleOrDefaultAsync(p => p.RegionId == regionId && p.PeriodKey == period.Key && p.Status == PlanStatus.Approved, cancellationToken);
        if (plan is not null)
        {
            plan.Reopen(actor.UserId, time.GetUtcNow(), comment);
            db.Audit(actor, time.GetUtcNow(), nameof(MonthlyPlan), $"{period}/{regionId}", "Reopened",
                nameof(MonthlyPlan.Status), nameof(PlanStatus.Approved), nameof(PlanStatus.Returned), comment.Trim());
        }

        if (plan is not null || locked.Count > 0)
        {
            await Notify.RegionStepAsync(db, NotificationKind.TargetsReopened, regionId, regionName, period, actor, comment,
                Notify.PlanLink(regionId, period), time.GetUtcNow(), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Targets of region {RegionId} for {Period} re-opened by {UserId}: {Count}", regionId, period, actor.UserId, locked.Count);
        return Result<int>.Ok(locked.Count);
    }

    private const string ConflictMessage = TargetMessages.Conflict;

    private static Result<uint> Invalid(string field, string message) =>
        Result<uint>.Invalid(new Dictionary<string, string[]> { [field] = [message] });

    private static IQueryable<Target> LoadTargets(ISalesPlanningDb db, Period period, TargetScope scope) =>
        db.Targets
            .Include(t => t.Breakdowns).ThenInclude(b => b.Allocations)
            .AsSplitQuery()
            .Where(t => t.PeriodKey == period.Key && t.ScopeKind == scope.Kind && t.ScopeId == scope.Id);

    /// <summary>The region's targets of the month and those of its reps, with their breakdowns.</summary>
    internal static IQueryable<Target> RegionTargets(ISalesPlanningDb db, Period period, Guid regionId)
    {
        var reps = db.RegionMemberships.Where(m => m.RegionId == regionId && m.Role == MemberRole.Rep).Select(m => (Guid?)m.UserId);
        return db.Targets
            .Include(t => t.Breakdowns).ThenInclude(b => b.Allocations)
            .AsSplitQuery()
            .Where(t => t.PeriodKey == period.Key
                && ((t.ScopeKind == ScopeKind.Region && t.ScopeId == regionId) || (t.ScopeKind == ScopeKind.Rep && reps.Contains(t.ScopeId))));
    }

    /// <summary>A company breakdown into regions sets region targets; a region's into reps sets rep targets.</summary>
    private static ScopeKind? ChildScope(TargetScope scope, Dimension dimension) => (scope.Kind, dimension) switch
    {
        (ScopeKind.Company, Dimension.Region) => ScopeKind.Region,
        (ScopeKind.Region, Dimension.Rep) => ScopeKind.Rep,
        _ => null,
    };

    private static async Task SyncChildTargetsAsync(
        ISalesPlanningDb db, AuditWriter audit, Target parent, ScopeKind childKind, Dimension dimension,
        IReadOnlySet<Guid> members, CancellationToken cancellationToken)
    {
        var allocations = parent.FindBreakdown(dimension)!.Allocations.ToDictionary(a => a.MemberId, a => a.Amount);
        var children = await db.Targets
            .Include(t => t.Breakdowns).ThenInclude(b => b.Allocations)
            .AsSplitQuery()
            .Where(t => t.PeriodKey == parent.PeriodKey && t.Metric == parent.Metric && t.ScopeKind == childKind)
            .ToListAsync(cancellationToken);
        foreach (var (memberId, amount) in allocations)
        {
            var child = children.Find(c => c.ScopeId == memberId);
            if (child is null)
            {
                var created = Target.Create(parent.Period, parent.Metric, TargetScope.From(childKind, memberId), amount);
                db.Targets.Add(created);
                audit.Target(created, "Created", nameof(Target.Amount), null, amount);
            }
            else if (child.Amount != amount)
            {
                var old = child.ChangeAmount(amount);
                audit.Target(child, "AmountChanged", nameof(Target.Amount), old, amount);
            }
        }

        // A member whose allocation was removed keeps a target of zero, so its own breakdowns show as over-allocated.
        foreach (var orphan in children.Where(c => c.ScopeId is { } id && members.Contains(id) && !allocations.ContainsKey(id) && c.Amount != 0))
        {
            var old = orphan.ChangeAmount(0m);
            audit.Target(orphan, "AmountChanged", nameof(Target.Amount), old, 0m);
        }
    }

    private async Task<Result<uint>> SaveAsync(ISalesPlanningDb db, Target target, string message, params object?[] args)
    {
        // The target row is written on every change, so that its version guards the whole aggregate.
        var entry = db.Entry(target);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        // A duplicate is the same target created by two people at the same moment.
        if ((await db.TrySaveChangesAsync()).AsConflict<uint>(ConflictMessage) is { } refused)
        {
            return refused;
        }

#pragma warning disable CA2254 // The template is a constant chosen by the caller.
        logger.LogInformation(message, args);
#pragma warning restore CA2254
        return Result<uint>.Ok(target.Version);
    }

    private async Task<IReadOnlyDictionary<Guid, decimal>?> ActualsOf(
        Period period, Metric metric, TargetScope scope, Dimension dimension, CancellationToken cancellationToken)
    {
        var byMember = await actuals.ByAsync(period, dimension, ActualsFilter.Of(scope), cancellationToken);
        return byMember.Count == 0 ? null : byMember.ToDictionary(kv => kv.Key, kv => kv.Value.For(metric));
    }

    private async Task<IReadOnlyDictionary<Guid, decimal>> LastMonthAllocationsAsync(
        Period period, Metric metric, TargetScope scope, Dimension dimension, IReadOnlyList<Guid> members, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await LoadTargets(db, period.Previous(), scope).AsNoTracking().SingleOrDefaultAsync(t => t.Metric == metric, cancellationToken);
        var breakdown = last?.FindBreakdown(dimension);
        return members.ToDictionary(id => id, id => breakdown?.AmountFor(id) ?? 0m);
    }

    /// <summary>Audit rows for target changes, written with the change.</summary>
    private sealed class AuditWriter(ISalesPlanningDb db, Actor actor, TimeProvider time)
    {
        public void Target(Target target, string action, string? field, decimal? oldValue, decimal? newValue, string? comment = null) =>
            db.Audit(actor, time.GetUtcNow(),
                nameof(Domain.Targets.Target),
                $"{target.Period}/{target.Metric}/{target.ScopeKind}/{target.ScopeId}",
                action,
                field,
                Format(target.Metric, oldValue),
                Format(target.Metric, newValue),
                comment);

        private static string? Format(Metric metric, decimal? value) => value is { } v ? MetricRules.Format(metric, v) : null;
    }
}
