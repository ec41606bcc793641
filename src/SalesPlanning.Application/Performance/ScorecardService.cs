using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Plans;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Settings;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Performance;

/// <summary>
/// Monthly KPI scorecards (绩效考核, DESIGN §9, issue 13; docs/scorecards.md). Reads: a rep's own month with
/// a six-month trend, a region's team side by side, the company ranking. Writes: the team's count targets
/// (one sheet, one version) and a rep's manual scores, by the region's manager, audited; refused once the
/// month is closed. Live until the region's month-end review is signed off, when <see cref="FreezeAsync"/>
/// stores them (in the sign-off's transaction). Access as everywhere (DESIGN §8): reps their own, managers
/// their regions, directors all — checked here on every call. Actuals come from <see cref="ActualsQuery"/> only.
/// </summary>
public sealed class ScorecardService(
    ISalesPlanningDbFactory contexts,
    ActualsQuery actuals,
    TimeProvider time,
    ILogger<ScorecardService> logger)
{
    public const int TrendMonths = 6;
    private const string TargetEntity = "KpiTarget";
    private const string ScoreEntity = nameof(RepAssessment);
    private const string FrozenEntity = nameof(FrozenScorecard);

    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A rep's scorecard of a month and the scores of the six months up to it: their own, their regions' reps (managers), anyone (directors).</summary>
    public async Task<Result<RepScorecardView>> GetRepAsync(Actor actor, Period period, Guid? repId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        var rep = repId ?? actor.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == rep, cancellationToken))
        {
            return Result<RepScorecardView>.NotFound();
        }

        var own = rep == actor.UserId && actor.IsRep;
        if (!own && !actor.IsDirector && !(actor.IsManager && await Teams.ManagesRepAsync(db, actor.UserId, rep, cancellationToken)))
        {
            return Result<RepScorecardView>.Forbidden();
        }

        var months = Enumerable.Range(0, TrendMonths).Select(i => Back(period, TrendMonths - 1 - i)).ToList();
        var trend = new List<ScoreTrendPoint>();
        ScorecardView? current = null;
        foreach (var month in months)
        {
            var card = (await ScorecardsAsync(db, month, regionId: null, repId: rep, cancellationToken)).FirstOrDefault();
            trend.Add(new ScoreTrendPoint(month, card?.Total, card?.Frozen ?? false));
            if (month == period)
            {
                current = card;
            }
        }

        return current is null
            ? Result<RepScorecardView>.Invalid(new Dictionary<string, string[]> { [""] = [ScorecardMessages.NoRegion] })
            : Result<RepScorecardView>.Ok(new RepScorecardView(current, trend));
    }

    /// <summary>A region's scorecards of a month, best first (directors, the region's manager).</summary>
    public async Task<Result<TeamScorecardsView>> GetTeamAsync(Actor actor, Guid regionId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, regionId, cancellationToken);
        if (access.RefusesRead(out Result<TeamScorecardsView>? refusal))
        {
            return refusal;
        }

        var closed = await PeriodLock.IsClosedAsync(db, regionId, period, cancellationToken);
        var cards = Ranked(await ScorecardsAsync(db, period, regionId, repId: null, cancellationToken));
        return Result<TeamScorecardsView>.Ok(new TeamScorecardsView(
            regionId, access.Region.Code, access.Region.Name, period, closed, access.IsManager && !closed, cards));
    }

    /// <summary>The company ranking of a month, or one region's (directors).</summary>
    public async Task<Result<ScorecardRankingView>> GetRankingAsync(Actor actor, Period period, Guid? regionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        if (!actor.IsDirector)
        {
            return Result<ScorecardRankingView>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (regionId is { } id && !await db.Regions.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return Result<ScorecardRankingView>.NotFound();
        }

        var cards = Ranked(await ScorecardsAsync(db, period, regionId, repId: null, cancellationToken));
        return Result<ScorecardRankingView>.Ok(new ScorecardRankingView(period, regionId, RankOf(cards)));
    }

    /// <summary>Places of scorecards sorted best first: equal scores share a place (1, 2, 2, 4).</summary>
    private static List<RankedScorecard> RankOf(IReadOnlyList<ScorecardView> cards)
    {
        var ranking = new List<RankedScorecard>(cards.Count);
        for (var i = 0; i < cards.Count; i++)
        {
            var rank = i > 0 && cards[i].Total == cards[i - 1].Total ? ranking[i - 1].Rank : i + 1;
            ranking.Add(new RankedScorecard(rank, cards[i]));
        }

        return ranking;
    }

    /// <summary>
    /// The month's scorecards to export: a director's ranking (the company's, or one region's); a manager's
    /// team (<paramref name="regionId"/> required, one of their regions), ranked the same way.
    /// </summary>
    public async Task<Result<ScorecardRankingView>> GetExportAsync(Actor actor, Period period, Guid? regionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsDirector)
        {
            return await GetRankingAsync(actor, period, regionId, cancellationToken);
        }

        if (regionId is not { } id)
        {
            return Result<ScorecardRankingView>.Forbidden();
        }

        var team = await GetTeamAsync(actor, id, period, cancellationToken);
        return team.IsOk
            ? Result<ScorecardRankingView>.Ok(new ScorecardRankingView(period, id, RankOf(team.Value!.Scorecards)))
            : Result<ScorecardRankingView>.From(team);
    }

    /// <summary>A team's count targets of a month with last month's (directors read; the region's manager edits).</summary>
    public async Task<Result<KpiTargetsView>> GetTargetsAsync(Actor actor, Guid regionId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, regionId, cancellationToken);
        if (access.RefusesRead(out Result<KpiTargetsView>? refusal))
        {
            return refusal;
        }

        var sheets = await db.KpiTargetSheets.AsNoTracking()
            .Where(s => s.RegionId == regionId && (s.PeriodKey == period.Key || s.PeriodKey == period.Previous().Key))
            .ToListAsync(cancellationToken);
        var sheet = sheets.Find(s => s.PeriodKey == period.Key);
        var last = sheets.Find(s => s.PeriodKey == period.Previous().Key);
        var team = await TeamAsync(db, regionId, cancellationToken);
        var closed = await PeriodLock.IsClosedAsync(db, regionId, period, cancellationToken);
        var reps = team.Select(r =>
        {
            var targets = sheet?.For(r.Id) ?? RepKpiTargets.Missing(r.Id);
            return new RepTargetsView(r.Id, r.Name, targets, last?.For(r.Id) ?? RepKpiTargets.Missing(r.Id),
                [.. KpiCatalog.CountTargets.Where(k => targets.For(k) is null)]);
        }).ToList();
        return Result<KpiTargetsView>.Ok(new KpiTargetsView(
            regionId, access.Region.Code, access.Region.Name, period, closed, access.IsManager && !closed, sheet?.Version ?? 0, reps));
    }

    /// <summary>
    /// Saves the team's count targets at once (the region's manager): every rep named must be in the team;
    /// reps not named keep theirs. A save from a stale version is a conflict and stores nothing.
    /// </summary>
    public async Task<Result<uint>> SaveTargetsAsync(Actor actor, SaveKpiTargets request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (Validation.Check<SaveKpiTargetsValidator, SaveKpiTargets>(request) is { } invalid)
        {
            return Result<uint>.Invalid(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await PlanAccess.ForAsync(db, actor, request.RegionId, cancellationToken);
        if (access.RefusesEdit(out Result<uint>? refusal))
        {
            return refusal;
        }

        if (await PeriodLock.IsClosedAsync(db, request.RegionId, request.Period, cancellationToken))
        {
            return Message(ScorecardMessages.MonthFrozen);
        }

        var team = (await TeamAsync(db, request.RegionId, cancellationToken)).Select(r => r.Id).ToHashSet();
        var outsiders = request.Reps.Select((r, i) => (r, i)).Where(x => !team.Contains(x.r.RepId)).ToList();
        if (outsiders.Count > 0)
        {
            return Result<uint>.Invalid(outsiders.ToDictionary(
                x => string.Create(CultureInfo.InvariantCulture, $"Reps[{x.i}].RepId"), _ => new[] { ScorecardMessages.NotInTeam }));
        }

        var sheet = await db.KpiTargetSheets.SingleOrDefaultAsync(s => s.RegionId == request.RegionId && s.PeriodKey == request.Period.Key, cancellationToken);
        if ((sheet?.Version ?? 0) != request.Version)
        {
            return Result<uint>.Conflict(ScorecardMessages.Conflict);
        }

        if (sheet is null)
        {
            sheet = KpiTargetSheet.Start(request.RegionId, request.Period);
            db.KpiTargetSheets.Add(sheet);
        }

        var now = time.GetUtcNow();
        IReadOnlyList<KpiTargetChange> changes;
        try
        {
            changes = sheet.Replace([.. request.Reps.Select(r => r.ToTargets())], actor.UserId, now);
        }
        catch (ScorecardRulesException rules)
        {
            return Result<uint>.Invalid(ScorecardMessages.Errors(rules.Problems));
        }

        if (changes.Count == 0 && db.Entry(sheet).State != EntityState.Added)
        {
            return Result<uint>.Ok(sheet.Version);
        }

        foreach (var change in changes)
        {
            db.Audit(actor, now, TargetEntity,
                $"{request.Period}/{access.Region.Code}/{change.RepId}", change.Old is null ? "Set" : "Changed", change.Kpi.ToString(),
                Count(change.Old), Count(change.New));
        }

        // A duplicate is the team's first sheet saved by two managers at the same moment.
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<uint>(ScorecardMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("KPI targets of {RegionId} for {Period} saved by {UserId}: {Changes} changes", request.RegionId, request.Period, actor.UserId, changes.Count);
        return Result<uint>.Ok(sheet.Version);
    }

    /// <summary>Saves a rep's two manual scores and comment (the manager of the rep's region). A stale version is a conflict.</summary>
    public async Task<Result<uint>> SaveManualScoresAsync(Actor actor, SaveManualScores request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (Validation.Check<SaveManualScoresValidator, SaveManualScores>(request) is { } invalid)
        {
            return Result<uint>.Invalid(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == request.RepId, cancellationToken))
        {
            return Result<uint>.NotFound();
        }

        if (!actor.IsManager || !await Teams.ManagesRepAsync(db, actor.UserId, request.RepId, cancellationToken))
        {
            return Result<uint>.Forbidden();
        }

        var regionId = await Teams.RepRegionAsync(db, request.RepId, cancellationToken);
        if (regionId is not { } region)
        {
            return Message(ScorecardMessages.NoRegion);
        }

        if (await PeriodLock.IsClosedAsync(db, region, request.Period, cancellationToken))
        {
            return Message(ScorecardMessages.MonthFrozen);
        }

        var assessment = await db.RepAssessments.SingleOrDefaultAsync(a => a.RepId == request.RepId && a.PeriodKey == request.Period.Key, cancellationToken);
        if ((assessment?.Version ?? 0) != request.Version)
        {
            return Result<uint>.Conflict(ScorecardMessages.Conflict);
        }

        if (assessment is null)
        {
            assessment = RepAssessment.Start(request.RepId, region, request.Period);
            db.RepAssessments.Add(assessment);
        }

        var now = time.GetUtcNow();
        IReadOnlyList<AssessmentChange> changes;
        try
        {
            changes = assessment.Change(request.Conduct, request.RequestFollowUp, request.Comment, actor.UserId, now);
        }
        catch (ScorecardRulesException rules)
        {
            return Result<uint>.Invalid(ScorecardMessages.Errors(rules.Problems));
        }

        if (changes.Count == 0 && db.Entry(assessment).State != EntityState.Added)
        {
            return Result<uint>.Ok(assessment.Version);
        }

        foreach (var change in changes)
        {
            db.Audit(actor, now, ScoreEntity, $"{request.Period}/{request.RepId}",
                "Changed", change.Field, change.Old, change.New);
        }

        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<uint>(ScorecardMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Manual scores of {RepId} for {Period} saved by {UserId}", request.RepId, request.Period, actor.UserId);
        return Result<uint>.Ok(assessment.Version);
    }

    /// <summary>
    /// Freezes a region's scorecards of a month: stores each rep's live scorecard — lines, weights, targets,
    /// points, cap — with an audit row, in <paramref name="db"/>'s unit of work (the month-end sign-off's
    /// transaction). A month already frozen is left as it is.
    /// </summary>
    internal async Task FreezeAsync(ISalesPlanningDb db, Guid regionId, string regionCode, Period period, Actor actor, CancellationToken cancellationToken)
    {
        if (await db.FrozenScorecards.AnyAsync(f => f.RegionId == regionId && f.PeriodKey == period.Key, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var reps = await TeamAsync(db, regionId, cancellationToken);
        var live = await LiveAsync(db, period, [.. reps.Select(r => new RepRef(r.Id, r.Name, regionId))], new ActualsFilter(RegionId: regionId), cancellationToken);
        foreach (var card in live)
        {
            db.FrozenScorecards.Add(FrozenScorecard.Freeze(card.Rep.Id, regionId, period, card.Sheet, card.WeightsFrom, actor.UserId, now));
            db.Audit(actor, now, FrozenEntity, $"{period}/{regionCode}/{card.Rep.Id}", "Frozen",
                "Total", null, card.Sheet.Total?.ToString("0.00", CultureInfo.InvariantCulture),
                JsonSerializer.Serialize(new { card.WeightsFrom, card.Sheet.Cap, card.Sheet.Lines }, AuditJson));
        }

        logger.LogInformation("Scorecards of {RegionId} for {Period} frozen: {Count}", regionId, period, live.Count);
    }

    private static Period Back(Period period, int months)
    {
        for (var i = 0; i < months; i++)
        {
            period = period.Previous();
        }

        return period;
    }

    private static Result<uint> Message(string message) => Result<uint>.Invalid(new Dictionary<string, string[]> { [""] = [message] });

    private static string? Count(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static List<ScorecardView> Ranked(IEnumerable<ScorecardView> cards) =>
        [.. cards.OrderByDescending(c => c.Total.HasValue).ThenByDescending(c => c.Total).ThenBy(c => c.RepName, StringComparer.Ordinal)];

    private sealed record Person(Guid Id, string Name);

    private static async Task<List<Person>> TeamAsync(ISalesPlanningDb db, Guid regionId, CancellationToken cancellationToken) =>
        await db.RegionMemberships.AsNoTracking()
            .Where(m => m.RegionId == regionId && m.Role == MemberRole.Rep)
            .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => new { u.Id, u.DisplayName })
            .OrderBy(p => p.DisplayName)
            .Select(p => new Person(p.Id, p.DisplayName))
            .ToListAsync(cancellationToken);

    private sealed record RepRef(Guid Id, string Name, Guid RegionId);

    private sealed record LiveCard(RepRef Rep, ScoreSheet Sheet, WeightSource WeightsFrom, IReadOnlyList<string> UnknownPlanKpis, IReadOnlyList<Kpi> MissingTargets);

    /// <summary>
    /// The scorecards of a month for a region's reps, one rep, or every rep: stored ones where the region's
    /// month is frozen, live ones elsewhere.
    /// </summary>
    private async Task<List<ScorecardView>> ScorecardsAsync(ISalesPlanningDb db, Period period, Guid? regionId, Guid? repId, CancellationToken cancellationToken)
    {
        var frozen = await db.FrozenScorecards.AsNoTracking()
            .Where(f => f.PeriodKey == period.Key && (regionId == null || f.RegionId == regionId) && (repId == null || f.RepId == repId))
            .ToListAsync(cancellationToken);
        var frozenRegions = await db.FrozenScorecards.AsNoTracking()
            .Where(f => f.PeriodKey == period.Key && (regionId == null || f.RegionId == regionId))
            .Select(f => f.RegionId).Distinct().ToListAsync(cancellationToken);
        var members = await db.RegionMemberships.AsNoTracking()
            .Where(m => m.Role == MemberRole.Rep && (regionId == null || m.RegionId == regionId) && (repId == null || m.UserId == repId)
                && !frozenRegions.Contains(m.RegionId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, m.RegionId })
            .ToListAsync(cancellationToken);
        // A rep in several regions is scored in the first (as their weekly entries are filed).
        var liveReps = members.GroupBy(m => m.Id).Select(g => g.OrderBy(m => m.RegionId).First())
            .Where(m => !frozen.Any(f => f.RepId == m.Id))
            .Select(m => new RepRef(m.Id, m.DisplayName, m.RegionId)).ToList();
        var filter = repId is { } r ? new ActualsFilter(RepId: r) : regionId is { } g ? new ActualsFilter(RegionId: g) : ActualsFilter.All;
        var live = liveReps.Count == 0 ? [] : await LiveAsync(db, period, liveReps, filter, cancellationToken);

        var repIds = frozen.Select(f => f.RepId).Concat(liveReps.Select(l => l.Id)).ToList();
        var regionIds = frozen.Select(f => f.RegionId).Concat(liveReps.Select(l => l.RegionId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => repIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var regions = await db.Regions.AsNoTracking().Where(x => regionIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => new { x.Code, x.Name }, cancellationToken);
        var manual = await db.RepAssessments.AsNoTracking().Where(a => a.PeriodKey == period.Key && repIds.Contains(a.RepId))
            .ToDictionaryAsync(a => a.RepId, a => new ManualScoresView(a.Conduct, a.RequestFollowUp, a.Comment, a.Version), cancellationToken);
        var noManual = new ManualScoresView(null, null, null, 0);

        var views = frozen.Select(f => View(f.RepId, names.GetValueOrDefault(f.RepId, ""), f.RegionId, regions[f.RegionId].Code, regions[f.RegionId].Name, period,
                true, f.WeightsFrom, f.Sheet, [], MissingOf(f.Lines), manual.GetValueOrDefault(f.RepId, noManual)))
            .Concat(live.Select(l => View(l.Rep.Id, l.Rep.Name, l.Rep.RegionId, regions[l.Rep.RegionId].Code, regions[l.Rep.RegionId].Name, period,
                false, l.WeightsFrom, l.Sheet, l.UnknownPlanKpis, l.MissingTargets, manual.GetValueOrDefault(l.Rep.Id, noManual))));
        return [.. views];
    }

    private static IReadOnlyList<Kpi> MissingOf(IReadOnlyList<KpiLine> lines) =>
        [.. lines.Where(l => KpiCatalog.IsCountTarget(l.Kpi) && l.Target is null).Select(l => l.Kpi)];

    private static ScorecardView View(
        Guid repId, string repName, Guid regionId, string regionCode, string regionName, Period period, bool frozen, WeightSource weightsFrom,
        ScoreSheet sheet, IReadOnlyList<string> unknown, IReadOnlyList<Kpi> missing, ManualScoresView manual) =>
        new(repId, repName, regionId, regionCode, regionName, period, frozen, weightsFrom, sheet.Cap, sheet.Total, sheet.WeightsScaled,
            [.. sheet.LeftOut.Select(l => l.Kpi)], unknown, missing, [.. sheet.Lines.Select(ScorecardLineView.From)], manual);

    /// <summary>The live scorecards of these reps: every figure read for all of them at once, then each scored.</summary>
    private async Task<List<LiveCard>> LiveAsync(ISalesPlanningDb db, Period period, IReadOnlyList<RepRef> reps, ActualsFilter filter, CancellationToken cancellationToken)
    {
        var repIds = reps.Select(r => r.Id).ToList();
        var regionIds = reps.Select(r => r.RegionId).Distinct().ToList();
        var settings = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == CompanySettings.SingletonId, cancellationToken)
            ?? CompanySettings.Default();
        var plans = await db.MonthlyPlans.AsNoTracking().Include(p => p.Sections)
            .Where(p => p.PeriodKey == period.Key && regionIds.Contains(p.RegionId) && (p.Status == PlanStatus.Approved || p.Status == PlanStatus.Closed))
            .ToListAsync(cancellationToken);
        var repTargets = await db.Targets.AsNoTracking()
            .Where(t => t.PeriodKey == period.Key && t.ScopeKind == ScopeKind.Rep && t.ScopeId != null && repIds.Contains(t.ScopeId.Value)
                && (t.Metric == Metric.SalesAmount || t.Metric == Metric.Collections))
            .Select(t => new { RepId = t.ScopeId!.Value, t.Metric, t.Amount })
            .ToListAsync(cancellationToken);
        var sheets = await db.KpiTargetSheets.AsNoTracking().Where(s => s.PeriodKey == period.Key && regionIds.Contains(s.RegionId)).ToListAsync(cancellationToken);
        var scores = await db.RepAssessments.AsNoTracking().Where(a => a.PeriodKey == period.Key && repIds.Contains(a.RepId)).ToDictionaryAsync(a => a.RepId, cancellationToken);

        var twoMonths = await actuals.ByMonthsAsync([period, period.Previous()], Dimension.Rep, filter, cancellationToken);
        var (money, lastMonth) = (twoMonths[0], twoMonths[1]);
        var activity = await actuals.ActivityByRepAsync(period, filter, cancellationToken);
        var reported = await actuals.WeeksReportedByRepAsync(period, filter, cancellationToken);

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var weeksBegun = period.Weeks().Take(WeeklyReports.WeeksBegun(period, today)).ToList();
        var weightsByRegion = regionIds.ToDictionary(id => id, id => WeightsOf(plans.Find(p => p.RegionId == id), settings));

        var cards = new List<LiveCard>(reps.Count);
        foreach (var rep in reps)
        {
            var (weights, source, unknownNames, unknownWeight) = weightsByRegion[rep.RegionId];
            var targets = sheets.Find(s => s.RegionId == rep.RegionId)?.For(rep.Id) ?? RepKpiTargets.Missing(rep.Id);
            var done = activity.GetValueOrDefault(rep.Id, ActivityTotals.Zero);
            var sold = money.GetValueOrDefault(rep.Id, ActualTotals.Zero);
            var onTime = reported.GetValueOrDefault(rep.Id, []).Count(w => weeksBegun.Any(b => b.Number == w.Week) && OnTime(period, w));
            var assessment = scores.GetValueOrDefault(rep.Id);
            decimal? RepTarget(Metric metric) => repTargets.Find(t => t.RepId == rep.Id && t.Metric == metric)?.Amount;

            var inputs = KpiCatalog.All.Select(kpi =>
            {
                var weight = weights.GetValueOrDefault(kpi);
                return kpi switch
                {
                    Kpi.SalesAmount => new KpiInput(kpi, weight, RepTarget(Metric.SalesAmount), sold.SalesAmount),
                    Kpi.Collections => new KpiInput(kpi, weight, RepTarget(Metric.Collections), sold.Collections),
                    Kpi.NewCustomers => new KpiInput(kpi, weight, targets.NewCustomers, done.NewCustomers),
                    Kpi.Visits => new KpiInput(kpi, weight, targets.Visits, done.Visits),
                    Kpi.Calls => new KpiInput(kpi, weight, targets.Calls, done.Calls),
                    Kpi.Orders => new KpiInput(kpi, weight, targets.Orders, done.Orders),
                    Kpi.LostCustomers => new KpiInput(kpi, weight, targets.LostCustomers, done.LostCustomers),
                    Kpi.Growth => new KpiInput(kpi, weight, lastMonth.GetValueOrDefault(rep.Id, ActualTotals.Zero).SalesAmount, sold.SalesAmount),
                    Kpi.WeeklyReports => new KpiInput(kpi, weight, weeksBegun.Count, onTime),
                    Kpi.Conduct or Kpi.RequestFollowUp => new KpiInput(kpi, weight, ManualScore.Max, assessment?.ScoreOf(kpi)),
                    _ => throw new InvalidOperationException($"KPI {kpi} is not scored."),
                };
            }).ToList();
            var sheet = Scoring.Score(inputs, settings.KpiScoreCap, unknownWeight);
            cards.Add(new LiveCard(rep, sheet, source, unknownNames, [.. KpiCatalog.CountTargets.Where(k => targets.For(k) is null)]));
        }

        return cards;
    }

    /// <summary>
    /// The weights of a region's month: its approved plan's KPI weights when there is such a plan with a
    /// complete weights section, else the company's. Plan KPIs the scorecard does not know are returned apart.
    /// </summary>
    private static (IReadOnlyDictionary<Kpi, decimal> Weights, WeightSource Source, IReadOnlyList<string> Unknown, decimal UnknownWeight) WeightsOf(
        MonthlyPlan? plan, CompanySettings settings)
    {
        if (plan?.ContentOf(PlanSection.Tracking) is TrackingContent { Kpis.Count: > 0 } tracking && tracking.TotalWeight == 100m)
        {
            var weights = new Dictionary<Kpi, decimal>();
            var unknown = new List<string>();
            var unknownWeight = 0m;
            foreach (var item in tracking.Kpis)
            {
                if (KpiCatalog.FromName(item.Name) is { } kpi)
                {
                    weights[kpi] = weights.GetValueOrDefault(kpi) + item.Weight;
                }
                else
                {
                    unknown.Add(item.Name);
                    unknownWeight += item.Weight;
                }
            }

            return (weights, WeightSource.Plan, unknown, unknownWeight);
        }

        return (settings.KpiWeights.ToDictionary(w => w.Kpi, w => w.Weight), WeightSource.Company, [], 0m);
    }

    /// <summary>A week's entry is on time when first saved by the end of the Monday after the week, in the server's time zone.</summary>
    private bool OnTime(Period period, WeekReported week) =>
        WeeklyReports.IsOnTime(WeekOfMonth.From(period, week.Week), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(week.EnteredAt, time.LocalTimeZone).DateTime));
}
