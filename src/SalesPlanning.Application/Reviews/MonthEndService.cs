using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Application.Performance;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Plans;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Reviews;

/// <summary>
/// The month-end review (月度总结, DESIGN §7) of an approved plan. The region's manager writes and,
/// once the month has ended, submits it; a director signs it off — closing the plan in the same
/// transaction — or returns it with a comment. Read access as the plan's (<see cref="PlanAccess"/>):
/// directors and the region's manager. Each write runs in one transaction with the plan's row locked,
/// and writes its audit rows in it. The figures come from <see cref="PlanReviewQuery"/> when shown.
/// </summary>
public sealed class MonthEndService(
    ISalesPlanningDbFactory contexts,
    PlanReviewQuery figures,
    ActualsQuery actuals,
    ScorecardService scorecards,
    TimeProvider time,
    ILogger<MonthEndService> logger)
{
    private const string EntityType = nameof(MonthEndReview);

    /// <summary>The month-end review of a region's month; invalid (PlanNotApproved) unless the month's plan is approved or closed.</summary>
    public async Task<Result<MonthEndView>> OpenAsync(Actor actor, Guid regionId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, regionId, cancellationToken);
        if (access.Region is null)
        {
            return Result<MonthEndView>.NotFound();
        }

        if (!access.CanRead)
        {
            return Result<MonthEndView>.Forbidden();
        }

        var plan = await db.MonthlyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.RegionId == regionId && p.PeriodKey == period.Key, cancellationToken);
        if (plan is null || plan.Status is not (PlanStatus.Approved or PlanStatus.Closed))
        {
            return Result<MonthEndView>.Invalid(new Dictionary<string, string[]> { [""] = [MonthEndMessages.PlanNotApproved] });
        }

        var review = await db.MonthEndReviews.AsNoTracking().SingleOrDefaultAsync(r => r.PlanId == plan.Id, cancellationToken);
        // PlanReviewQuery computes "last month" of the plan it is given: the plan after this one.
        var computed = await figures.ForAsync(actor, regionId, period.Next(), cancellationToken);
        if (!computed.IsOk)
        {
            return Result<MonthEndView>.From(computed);
        }

        var contribution = await ContributionAsync(db, regionId, period, computed.Value!, cancellationToken);
        var segments = await SegmentsAsync(db, regionId, period, contribution.Region, cancellationToken);
        var signedOffBy = review?.SignedOffBy is { } by
            ? await db.Users.AsNoTracking().Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var current = CurrentMonth();
        var editable = access.IsManager && plan.Status == PlanStatus.Approved && (review is null || review.IsEditable);
        var problems = editable ? (review ?? MonthEndReview.Start(plan, actor.UserId, time.GetUtcNow())).SubmissionProblems(current) : [];
        return Result<MonthEndView>.Ok(new MonthEndView(
            plan.Id, regionId, access.Region.Code, access.Region.Name, period, plan.Status,
            review?.Id, review?.Status ?? ReviewStatus.Draft, review?.Version ?? 0, review?.Narrative ?? ReviewNarrativeText.Empty,
            review?.ReturnComment, review?.SubmittedAt, review?.SignedOffAt, signedOffBy,
            period < current, editable, actor.IsDirector && review?.Status == ReviewStatus.Submitted,
            problems, computed.Value!, segments, contribution));
    }

    /// <summary>The month-end review of a plan (for the API).</summary>
    public async Task<Result<MonthEndView>> GetAsync(Actor actor, Guid planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await db.MonthlyPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.RegionId, p.PeriodKey }).SingleOrDefaultAsync(cancellationToken);
        return plan is null ? Result<MonthEndView>.NotFound() : await OpenAsync(actor, plan.RegionId, Period.FromKey(plan.PeriodKey), cancellationToken);
    }

    /// <summary>The signed-off review of the month before <paramref name="planPeriod"/>, for that plan's §4.1; null when there is none.</summary>
    public async Task<Result<PreviousReview?>> PreviousSignedOffAsync(Actor actor, Guid regionId, Period planPeriod, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planPeriod);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, regionId, cancellationToken);
        if (access.Region is null)
        {
            return Result<PreviousReview?>.NotFound();
        }

        if (!access.CanRead)
        {
            return Result<PreviousReview?>.Forbidden();
        }

        var month = planPeriod.Previous();
        var review = await db.MonthEndReviews.AsNoTracking()
            .SingleOrDefaultAsync(r => r.RegionId == regionId && r.PeriodKey == month.Key && r.Status == ReviewStatus.SignedOff, cancellationToken);
        return Result<PreviousReview?>.Ok(review is null ? null : new PreviousReview(month, review.Narrative, review.SignedOffAt!.Value));
    }

    /// <summary>Saves the narrative (the region's manager; a draft or returned review of an approved plan). The first save starts the review.</summary>
    public async Task<Result<uint>> SaveAsync(Actor actor, SaveMonthEndNarrative request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validation.Check<SaveMonthEndNarrativeValidator, SaveMonthEndNarrative>(request) is { } errors)
        {
            return Result<uint>.Invalid(errors);
        }

        return await WriteAsync(actor, request.PlanId, request.Version, Role.Manager, "NarrativeSaved", null, null, (db, plan, review, region) =>
        {
            var before = review is null ? null : Describe(review.Narrative);
            review ??= Started(db, plan, actor);
            if (!review.IsEditable)
            {
                return Message(MonthEndMessages.NotEditable);
            }

            review.SaveNarrative(request.Narrative, actor.UserId, time.GetUtcNow());
            Audit(db, actor, plan, region, "NarrativeSaved", "Narrative", before, Describe(review.Narrative), null);
            return null;
        }, cancellationToken);
    }

    /// <summary>The manager submits the review for sign-off; refused before the month has ended or with narrative missing (every rule at once).</summary>
    public Task<Result<uint>> SubmitAsync(Actor actor, Guid planId, uint version, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, planId, version, Role.Manager, "Submitted", NotificationKind.MonthEndSubmitted, null, (db, plan, review, region) =>
        {
            if (review is null)
            {
                // Never saved: nothing is written, so every rule it breaks is listed.
                var empty = MonthEndReview.Start(plan, actor.UserId, time.GetUtcNow());
                return Result<uint>.Invalid(MonthEndMessages.Errors(empty.SubmissionProblems(CurrentMonth())));
            }

            var from = review.Status;
            review.Submit(CurrentMonth(), time.GetUtcNow());
            Audit(db, actor, plan, region, "Submitted", nameof(MonthEndReview.Status), from.ToString(), review.Status.ToString(), null);
            return null;
        }, cancellationToken);

    /// <summary>A director returns a submitted review to the manager; the comment is required.</summary>
    public Task<Result<uint>> ReturnAsync(Actor actor, Guid planId, uint version, string? comment, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, planId, version, Role.Director, "Returned", NotificationKind.MonthEndReturned, comment, (db, plan, review, region) =>
        {
            if (review is null)
            {
                return Message(MonthEndMessages.WrongStatus);
            }

            review.Return(comment ?? "");
            Audit(db, actor, plan, region, "Returned", nameof(MonthEndReview.Status), nameof(ReviewStatus.Submitted), review.Status.ToString(), review.ReturnComment);
            return null;
        }, cancellationToken);

    /// <summary>
    /// A director signs off a submitted review; its plan is closed and the region's scorecards of the month
    /// are frozen (DESIGN §9) in the same transaction.
    /// </summary>
    public Task<Result<uint>> SignOffAsync(Actor actor, Guid planId, uint version, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, planId, version, Role.Director, "SignedOff", NotificationKind.MonthEndSignedOff, null, (db, plan, review, region) =>
        {
            if (review is null)
            {
                return Message(MonthEndMessages.WrongStatus);
            }

            var planBefore = plan.Status;
            review.SignOff(plan, actor.UserId, time.GetUtcNow());
            Audit(db, actor, plan, region, "SignedOff", nameof(MonthEndReview.Status), nameof(ReviewStatus.Submitted), review.Status.ToString(), null);
            db.Audit(actor, time.GetUtcNow(), nameof(MonthlyPlan), $"{plan.Period}/{region.Code}",
                "Closed", nameof(MonthlyPlan.Status), planBefore.ToString(), plan.Status.ToString(), null);
            return null;
        }, cancellationToken, (db, plan, region) => scorecards.FreezeAsync(db, plan.RegionId, region.Code, plan.Period, actor, cancellationToken));

    private enum Role
    {
        Manager,
        Director,
    }

    private Period CurrentMonth() => Period.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    /// <summary>
    /// One write: locks the plan's row, checks who may act and the version read, applies the change
    /// (which returns a failure or null) and what it brings about (<paramref name="thenAlso"/>), and commits
    /// them and their audit rows together.
    /// </summary>
    private async Task<Result<uint>> WriteAsync(
        Actor actor, Guid planId, uint version, Role role, string action, NotificationKind? notification, string? comment,
        Func<ISalesPlanningDb, MonthlyPlan, MonthEndReview?, RegionRef, Result<uint>?> change, CancellationToken cancellationToken,
        Func<ISalesPlanningDb, MonthlyPlan, RegionRef, Task>? thenAlso = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM monthly_plans WHERE id = {planId} FOR UPDATE", cancellationToken);
        var plan = await db.MonthlyPlans.Include(p => p.Transitions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return Result<uint>.NotFound();
        }

        var access = await PlanAccess.ForAsync(db, actor, plan.RegionId, cancellationToken);
        var allowed = role == Role.Manager ? access.IsManager : actor.IsDirector && access.CanRead;
        if (!allowed)
        {
            return Result<uint>.Forbidden();
        }

        if (plan.Status is not (PlanStatus.Approved or PlanStatus.Closed))
        {
            return Message(MonthEndMessages.PlanNotApproved);
        }

        var review = await db.MonthEndReviews.SingleOrDefaultAsync(r => r.PlanId == planId, cancellationToken);
        if ((review?.Version ?? 0) != version)
        {
            return Result<uint>.Conflict(MonthEndMessages.Conflict);
        }

        Result<uint>? failure;
        try
        {
            failure = change(db, plan, review, access.Region!);
        }
        catch (ReviewRulesException rules)
        {
            return Result<uint>.Invalid(MonthEndMessages.Errors(rules.Problems));
        }
        catch (DomainException)
        {
            return Message(MonthEndMessages.WrongStatus);
        }

        if (failure is not null)
        {
            return failure;
        }

        // What else the change brings about, written in the same transaction (sign-off: the scorecards freeze).
        if (thenAlso is not null)
        {
            await thenAlso(db, plan, access.Region!);
        }

        if (notification is { } kind)
        {
            var region = access.Region!;
            await Notify.RegionStepAsync(
                db, kind, region.Id, region.Name, plan.Period, actor, comment, $"{Notify.PlanLink(region.Id, plan.Period)}/review", time.GetUtcNow(), cancellationToken);
        }

        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<uint>(MonthEndMessages.Conflict) is { } refused)
        {
            return refused;
        }

        await transaction.CommitAsync(cancellationToken);

        var saved = review ?? db.ChangeTracker.Entries<MonthEndReview>().Single().Entity;
        logger.LogInformation("Month-end review of plan {PlanId} {Action} by {UserId}: {Status}", planId, action, actor.UserId, saved.Status);
        return Result<uint>.Ok(saved.Version);
    }

    private MonthEndReview Started(ISalesPlanningDb db, MonthlyPlan plan, Actor actor)
    {
        var review = MonthEndReview.Start(plan, actor.UserId, time.GetUtcNow());
        db.MonthEndReviews.Add(review);
        return review;
    }

    /// <summary>Each rep's sales split by customers, with the reps of the review's figures (same names, same order).</summary>
    private async Task<CustomerContribution> ContributionAsync(
        ISalesPlanningDb db, Guid regionId, Period period, ReviewFigures reviewed, CancellationToken cancellationToken)
    {
        var split = await actuals.CustomerSplitByRepAsync(period, new ActualsFilter(RegionId: regionId), cancellationToken);
        var lines = reviewed.ByRep.Select(r => new ContributionLine(r.Id, r.NameZh, split.GetValueOrDefault(r.Id, CustomerSplit.Zero))).ToList();
        // A rep who left the region keeps their sales in it: list them too.
        var others = split.Keys.Except(lines.Select(l => l.RepId)).ToList();
        if (others.Count > 0)
        {
            var names = await db.Users.AsNoTracking().Where(u => others.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            lines.AddRange(others.Select(id => new ContributionLine(id, names.GetValueOrDefault(id, ""), split[id])));
        }

        return new CustomerContribution(split.Values.Aggregate(CustomerSplit.Zero, (sum, s) => sum + s), lines);
    }

    private static async Task<IReadOnlyList<SegmentLine>> SegmentsAsync(
        ISalesPlanningDb db, Guid regionId, Period period, CustomerSplit split, CancellationToken cancellationToken)
    {
        var targets = await db.Targets.AsNoTracking()
            .Include(t => t.Breakdowns).ThenInclude(b => b.Allocations)
            .AsSplitQuery()
            .Where(t => t.PeriodKey == period.Key && t.ScopeKind == ScopeKind.Region && t.ScopeId == regionId)
            .ToListAsync(cancellationToken);
        var breakdowns = targets.Select(t => t.FindBreakdown(Dimension.CustomerSegment)).OfType<TargetBreakdown>().ToList();
        if (breakdowns.Count == 0)
        {
            return [];
        }

        var segments = await db.CustomerSegments.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        return [.. breakdowns
            .SelectMany(b => b.Allocations.Where(a => segments.ContainsKey(a.MemberId)).Select(a =>
            {
                var segment = segments[a.MemberId];
                var metric = targets.Single(t => t.Id == b.TargetId).Metric;
                return new SegmentLine(segment.Id, segment.NameZh, segment.NameEn, segment.Kind, metric, a.Amount, b.ShareFor(a.MemberId), ActualOf(segment.Kind, metric, split));
            }))
            .OrderBy(l => l.Metric).ThenBy(l => l.Kind)];
    }

    /// <summary>New and existing customers' sales amount as the weekly entries split it; nothing else is recorded by segment.</summary>
    private static decimal? ActualOf(SegmentKind kind, Metric metric, CustomerSplit split) =>
        metric != Metric.SalesAmount || split.NewShare is null ? null
        : kind switch
        {
            SegmentKind.New => split.NewCustomers,
            SegmentKind.Existing => split.ExistingCustomers,
            _ => null,
        };

    private static Result<uint> Message(string message) =>
        Result<uint>.Invalid(new Dictionary<string, string[]> { [""] = [message] });

    private static string Describe(ReviewNarrativeText narrative) =>
        System.Text.Json.JsonSerializer.Serialize(narrative);

    private void Audit(
        ISalesPlanningDb db, Actor actor, MonthlyPlan plan, RegionRef region, string action, string? field,
        string? oldValue, string? newValue, string? comment) =>
        db.Audit(actor, time.GetUtcNow(), EntityType, $"{plan.Period}/{region.Code}", action, field, oldValue, newValue, comment);
}
