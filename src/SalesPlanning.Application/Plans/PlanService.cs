using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Settings;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Plans;

/// <summary>
/// The monthly plan (DESIGN §4) and its workflow (§5). A region's manager starts, edits and submits
/// the region's plan; a director approves it (locking its targets) or returns it with a comment.
/// Directors read every plan, managers their regions', reps none. Every write is audited, and each
/// write runs in one transaction with the plan's row locked, so a failure leaves nothing half-saved.
/// </summary>
public sealed class PlanService(
    ISalesPlanningDbFactory contexts,
    SettingsQuery settings,
    TimeProvider time,
    ILogger<PlanService> logger)
{
    private static readonly PlanSection[] AllSections = Enum.GetValues<PlanSection>();

    /// <summary>
    /// The region's plan for the month, as it stands: never writes. A plan nobody has started comes back without
    /// an id (<see cref="PlanView.PlanId"/> null), with <see cref="PlanView.CanStart"/> for the region's manager.
    /// </summary>
    public async Task<Result<PlanView>> GetAsync(Actor actor, Guid regionId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, regionId, cancellationToken);
        if (access.RefusesRead(out Result<PlanView>? refusal))
        {
            return refusal;
        }

        var plan = await LoadPlan(db, regionId, period).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return Result<PlanView>.Ok(await ViewAsync(db, actor, access, period, plan, cancellationToken));
    }

    /// <summary>
    /// Starts the region's plan of the month in Draft (the region's manager only); a
    /// plan already started is answered as it is, so starting twice — two tabs, a retry — is harmless.
    /// </summary>
    public async Task<Result<PlanView>> StartAsync(Actor actor, Guid regionId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, regionId, cancellationToken);
        if (access.RefusesEdit(out Result<PlanView>? refusal))
        {
            return refusal;
        }

        if (await LoadPlan(db, regionId, period).AsNoTracking().AnyAsync(cancellationToken))
        {
            return await GetAsync(actor, regionId, period, cancellationToken);
        }

        var plan = MonthlyPlan.Start(regionId, period, actor.UserId, time.GetUtcNow());
        db.MonthlyPlans.Add(plan);
        Audit(db, actor, plan, access.Region, "Started", nameof(MonthlyPlan.Status), null, nameof(PlanStatus.Draft), null);
        // Duplicate: started twice at the same moment, and the other request started it.
        switch (await db.TrySaveChangesAsync(cancellationToken))
        {
            case SaveOutcome.Saved:
                logger.LogInformation("Plan {Period} of region {RegionId} started by {UserId}", period, regionId, actor.UserId);
                break;
            case SaveOutcome.Conflict or SaveOutcome.InUse:
                return Result<PlanView>.Conflict(PlanMessages.Conflict);
        }

        return await GetAsync(actor, regionId, period, cancellationToken);
    }

    /// <summary>Saves one section of an editable plan; <paramref name="version"/> is the section's version as read (0 if never saved).</summary>
    public async Task<Result<SectionSaved>> SaveSectionAsync(
        Actor actor, Guid planId, SectionContent content, uint version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (plan, access, failure) = await LockPlanAsync<SectionSaved>(db, actor, planId, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (!access!.IsManager)
        {
            return Result<SectionSaved>.Forbidden();
        }

        if (!plan!.IsEditable)
        {
            return Message<SectionSaved>(content.Section.ToString(), PlanMessages.NotEditable);
        }

        var existing = plan.FindSection(content.Section);
        var before = existing is null ? null : SectionJson.Serialize(existing.Content);
        if ((existing?.Version ?? 0) != version)
        {
            return Result<SectionSaved>.Conflict(PlanMessages.SectionConflict);
        }

        PlanSectionEntry entry;
        try
        {
            entry = plan.SaveSection(content, actor.UserId, time.GetUtcNow());
        }
        catch (PlanRulesException rules)
        {
            return Result<SectionSaved>.Invalid(PlanMessages.Errors(rules.Problems));
        }

        if (existing is not null)
        {
            db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        }

        Audit(db, actor, plan, access.Region!, "SectionSaved", content.Section.ToString(), before, SectionJson.Serialize(content), null);
        var saved = await CommitAsync(db, transaction, cancellationToken);
        if (saved is not null)
        {
            return Result<SectionSaved>.From(saved);
        }

        return Result<SectionSaved>.Ok(new SectionSaved(entry.Version, entry.UpdatedAt, content.IsComplete(plan.Period)));
    }

    /// <summary>Submits the plan for review; refused with every unmet rule of DESIGN §5 listed at once.</summary>
    public Task<Result<PlanStatus>> SubmitAsync(Actor actor, Guid planId, uint version, CancellationToken cancellationToken = default) =>
        TransitionAsync(actor, planId, version, PlanRole.Manager, "Submitted", NotificationKind.PlanSubmitted, null, async (db, plan) =>
        {
            var targets = await TargetService.RegionTargets(db, plan.Period, plan.RegionId).AsNoTracking().ToListAsync(cancellationToken);
            plan.Submit(Readiness(targets, plan.RegionId), actor.UserId, time.GetUtcNow());
        }, cancellationToken);

    /// <summary>Approves a submitted plan and locks its targets; refused while any of its breakdowns does not balance.</summary>
    public Task<Result<PlanStatus>> ApproveAsync(Actor actor, Guid planId, uint version, string? comment, CancellationToken cancellationToken = default) =>
        TransitionAsync(actor, planId, version, PlanRole.Director, "Approved", NotificationKind.PlanApproved, comment, async (db, plan) =>
        {
            var targets = await TargetService.RegionTargets(db, plan.Period, plan.RegionId).ToListAsync(cancellationToken);
            plan.Approve(Readiness(targets, plan.RegionId), actor.UserId, time.GetUtcNow(), comment);
            TargetService.LockAll(db, actor, time, targets);
        }, cancellationToken);

    /// <summary>Returns a submitted plan to its manager; the comment is required.</summary>
    public Task<Result<PlanStatus>> ReturnAsync(Actor actor, Guid planId, uint version, string comment, CancellationToken cancellationToken = default) =>
        TransitionAsync(actor, planId, version, PlanRole.Director, "Returned", NotificationKind.PlanReturned, comment, (_, plan) =>
        {
            plan.Return(actor.UserId, time.GetUtcNow(), comment);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Plans waiting for a director's review, oldest first (directors only).</summary>
    public async Task<Result<IReadOnlyList<PlanSummary>>> WaitingForReviewAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDirector)
        {
            return Result<IReadOnlyList<PlanSummary>>.Forbidden();
        }

        var deadline = (await settings.GetAsync(cancellationToken)).ReviewDeadlineDays;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plans = await db.MonthlyPlans.AsNoTracking().Include(p => p.Sections)
            .Where(p => p.Status == PlanStatus.Submitted)
            .OrderBy(p => p.SubmittedAt)
            .ToListAsync(cancellationToken);
        var regionIds = plans.Select(p => p.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new { r.Code, r.Name }, cancellationToken);
        return Result<IReadOnlyList<PlanSummary>>.Ok(
            [.. plans.Select(p => Summary(p, p.RegionId, regions[p.RegionId].Code, regions[p.RegionId].Name, p.Period, deadline, CompleteCount(p)))]);
    }

    /// <summary>Every region's plan of the month the actor may read: directors all regions, managers their own.</summary>
    public async Task<Result<IReadOnlyList<PlanSummary>>> MonthAsync(Actor actor, Period period, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDirector && !actor.IsManager)
        {
            return Result<IReadOnlyList<PlanSummary>>.Forbidden();
        }

        var deadline = (await settings.GetAsync(cancellationToken)).ReviewDeadlineDays;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = db.Regions.AsNoTracking().Where(r => r.IsActive);
        if (!actor.IsDirector)
        {
            regions = regions.Where(r => r.Members.Any(m => m.UserId == actor.UserId && m.Role == MemberRole.Manager));
        }

        var list = await regions.OrderBy(r => r.Code).Select(r => new { r.Id, r.Code, r.Name }).ToListAsync(cancellationToken);
        var ids = list.Select(r => r.Id).ToList();
        var plans = await db.MonthlyPlans.AsNoTracking().Include(p => p.Sections)
            .Where(p => p.PeriodKey == period.Key && ids.Contains(p.RegionId))
            .ToDictionaryAsync(p => p.RegionId, cancellationToken);
        return Result<IReadOnlyList<PlanSummary>>.Ok(
            [.. list.Select(r => Summary(plans.GetValueOrDefault(r.Id), r.Id, r.Code, r.Name, period, deadline,
                plans.TryGetValue(r.Id, out var p) ? CompleteCount(p) : 0))]);
    }

    /// <summary>The region's plan of <paramref name="period"/>, with sections, for exports (read rules as <see cref="GetAsync"/>; never starts one).</summary>
    public async Task<Result<PlanView>> ReadAsync(Actor actor, Guid planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await db.MonthlyPlans.AsNoTracking().Include(p => p.Sections).Include(p => p.Transitions)
            .SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return Result<PlanView>.NotFound();
        }

        var access = await PlanAccess.ForAsync(db, actor, plan.RegionId, cancellationToken);
        if (!access.CanRead)
        {
            return Result<PlanView>.Forbidden();
        }

        return Result<PlanView>.Ok(await ViewAsync(db, actor, access, plan.Period, plan, cancellationToken));
    }

    /// <summary>The active products, for the rolling product forecast (names in both languages).</summary>
    public async Task<IReadOnlyList<ProductOption>> ProductsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Code)
            .Select(p => new ProductOption(p.Id, p.Code, p.NameZh, p.NameEn, p.Unit))
            .ToListAsync(cancellationToken);
    }

    internal static TargetsReadiness Readiness(IReadOnlyList<Target> targets, Guid regionId) =>
        new([.. TargetService.Metrics.Select(metric =>
        {
            var regionTarget = targets.SingleOrDefault(t => t.Metric == metric && t.ScopeKind == ScopeKind.Region && t.ScopeId == regionId);
            var unbalanced = targets.Where(t => t.Metric == metric)
                .SelectMany(t => t.Breakdowns).Where(b => !b.IsBalanced).Select(b => b.Dimension).Distinct().ToList();
            return new MetricReadiness(metric, regionTarget is not null, regionTarget?.FindBreakdown(Dimension.Rep) is not null, unbalanced);
        })]);

    private enum PlanRole
    {
        Manager,
        Director,
    }

    private async Task<Result<PlanStatus>> TransitionAsync(
        Actor actor, Guid planId, uint version, PlanRole role, string action, NotificationKind notification, string? comment,
        Func<ISalesPlanningDb, MonthlyPlan, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (plan, access, failure) = await LockPlanAsync<PlanStatus>(db, actor, planId, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var allowed = role == PlanRole.Manager ? access!.IsManager : actor.IsDirector;
        if (!allowed)
        {
            return Result<PlanStatus>.Forbidden();
        }

        if (plan!.Version != version)
        {
            return Result<PlanStatus>.Conflict(PlanMessages.Conflict);
        }

        var before = plan.Status;
        try
        {
            await change(db, plan);
        }
        catch (PlanRulesException rules)
        {
            return Result<PlanStatus>.Invalid(PlanMessages.Errors(rules.Problems));
        }
        catch (DomainException)
        {
            return Message<PlanStatus>("", PlanMessages.WrongStatus);
        }

        var region = access!.Region!;
        Audit(db, actor, plan, region, action, nameof(MonthlyPlan.Status), before.ToString(), plan.Status.ToString(), comment?.Trim());
        await Notify.RegionStepAsync(
            db, notification, region.Id, region.Name, plan.Period, actor, comment, Notify.PlanLink(region.Id, plan.Period), time.GetUtcNow(), cancellationToken);
        var failed = await CommitAsync(db, transaction, cancellationToken);
        if (failed is not null)
        {
            return Result<PlanStatus>.From(failed);
        }

        logger.LogInformation("Plan {PlanId} {Action} by {UserId}: {From} → {To}", plan.Id, action, actor.UserId, before, plan.Status);
        return Result<PlanStatus>.Ok(plan.Status);
    }

    /// <summary>Loads the plan for a write, holding its row's lock until the transaction ends.</summary>
    private static async Task<(MonthlyPlan? Plan, PlanAccess? Access, Result<T>? Failure)> LockPlanAsync<T>(
        ISalesPlanningDb db, Actor actor, Guid planId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM monthly_plans WHERE id = {planId} FOR UPDATE", cancellationToken);
        var plans = await db.MonthlyPlans.Include(p => p.Sections).Include(p => p.Transitions).AsSplitQuery()
            .Where(p => p.Id == planId).ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return (null, null, Result<T>.NotFound());
        }

        var access = await PlanAccess.ForAsync(db, actor, plans[0].RegionId, cancellationToken);
        return access.CanRead ? (plans[0], access, null) : (null, null, Result<T>.Forbidden());
    }

    private static async Task<Result<bool>?> CommitAsync(ISalesPlanningDb db, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<bool>(PlanMessages.Conflict) is { } refused)
        {
            return refused;
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task<PlanView> ViewAsync(
        ISalesPlanningDb db, Actor actor, PlanAccess access, Period period, MonthlyPlan? plan, CancellationToken cancellationToken)
    {
        var region = access.Region!;
        var deadline = (await settings.GetAsync(cancellationToken)).ReviewDeadlineDays;
        var userIds = plan is null ? [] : plan.Sections.Select(s => s.UpdatedBy).Concat(plan.Transitions.Select(t => t.ActorId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var sections = AllSections.Select(section =>
        {
            var entry = plan?.FindSection(section);
            var content = entry?.Content ?? SectionContent.Empty(section);
            return new SectionView(section, content, entry?.Version ?? 0, entry?.UpdatedAt,
                entry is null ? null : names.GetValueOrDefault(entry.UpdatedBy), content.IsComplete(period));
        }).ToList();

        var problems = new List<PlanProblem>();
        if (plan is not null)
        {
            var targets = await TargetService.RegionTargets(db, period, region.Id).AsNoTracking().ToListAsync(cancellationToken);
            var readiness = Readiness(targets, region.Id);
            problems.AddRange(plan.IsEditable ? plan.SubmissionProblems(readiness) : readiness.Problems().Where(p => p.Code == PlanRules.TargetNotAllocated));
            // The targets section is complete when its basis is written and its targets balance.
            var targetsSection = sections.FindIndex(s => s.Section == PlanSection.Targets);
            sections[targetsSection] = sections[targetsSection] with
            {
                IsComplete = sections[targetsSection].IsComplete && !readiness.Problems().Any(),
            };
        }

        var history = plan?.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new TransitionView(t.From, t.To, names.GetValueOrDefault(t.ActorId, ""), t.At, t.Comment)).ToList() ?? [];
        var editable = plan is not null && plan.IsEditable && access.IsManager;
        var canStart = plan is null && access.IsManager;
        return new PlanView(
            plan?.Id, region.Id, region.Code, region.Name, period, plan?.Status, plan?.Version ?? 0, plan?.SubmittedAt,
            plan?.SubmittedAt?.AddDays(deadline), plan?.IsOverdue(time.GetUtcNow(), deadline) ?? false, plan?.ReturnComment,
            canStart, editable, editable && problems.Count == 0, plan?.Status == PlanStatus.Submitted && actor.IsDirector,
            sections, history, problems);
    }

    private PlanSummary Summary(MonthlyPlan? plan, Guid regionId, string code, string name, Period period, int deadline, int complete) =>
        new(plan?.Id, regionId, code, name, period, plan?.Status, plan?.SubmittedAt, plan?.SubmittedAt?.AddDays(deadline),
            plan?.IsOverdue(time.GetUtcNow(), deadline) ?? false, complete);

    private static int CompleteCount(MonthlyPlan plan) => AllSections.Count(s => plan.ContentOf(s).IsComplete(plan.Period));

    private static IQueryable<MonthlyPlan> LoadPlan(ISalesPlanningDb db, Guid regionId, Period period) =>
        db.MonthlyPlans.Include(p => p.Sections).Include(p => p.Transitions).AsSplitQuery()
            .Where(p => p.RegionId == regionId && p.PeriodKey == period.Key);

    private void Audit(
        ISalesPlanningDb db, Actor actor, MonthlyPlan plan, RegionRef region, string action, string? field,
        string? oldValue, string? newValue, string? comment) =>
        db.Audit(actor, time.GetUtcNow(), nameof(MonthlyPlan), $"{plan.Period}/{region.Code}", action, field, oldValue, newValue, comment);

    private static Result<T> Message<T>(string field, string message) =>
        Result<T>.Invalid(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A region as the plan services name it.</summary>
public sealed record RegionRef(Guid Id, string Code, string Name);

/// <summary>
/// Who may do what with a region's plan (DESIGN §8): directors read every plan and review them; the
/// region's manager reads and edits it; reps and admins neither.
/// </summary>
internal sealed record PlanAccess(RegionRef? Region, bool CanRead, bool IsManager)
{
    public static async Task<PlanAccess> ForAsync(ISalesPlanningDb db, Actor actor, Guid regionId, CancellationToken cancellationToken)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == regionId)
            .Select(r => new
            {
                r.Code,
                r.Name,
                Managed = r.Members.Any(m => m.UserId == actor.UserId && m.Role == MemberRole.Manager),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return new PlanAccess(null, false, false);
        }

        var isManager = actor.IsManager && region.Managed;
        return new PlanAccess(new RegionRef(regionId, region.Code, region.Name), actor.IsDirector || isManager, isManager);
    }

    /// <summary>Whether the actor may not read the region's plans and what goes with them, and why (no such region, forbidden).</summary>
    [MemberNotNullWhen(false, nameof(Region))]
    public bool RefusesRead<T>([NotNullWhen(true)] out Result<T>? refusal) => Refuses(CanRead, out refusal);

    /// <summary>Whether the actor may not change them, and why (no such region, not its manager).</summary>
    [MemberNotNullWhen(false, nameof(Region))]
    public bool RefusesEdit<T>([NotNullWhen(true)] out Result<T>? refusal) => Refuses(IsManager, out refusal);

    [MemberNotNullWhen(false, nameof(Region))]
    private bool Refuses<T>(bool allowed, [NotNullWhen(true)] out Result<T>? refusal)
    {
        if (Region is null)
        {
            refusal = Result<T>.NotFound();
            return true;
        }

        refusal = allowed ? null : Result<T>.Forbidden();
        return refusal is not null;
    }
}
