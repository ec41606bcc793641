using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Settings;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Alerts;

/// <summary>
/// An alert on a rep or a region: the rule (<see cref="AlertKind"/>), the rate it was measured against
/// (for <see cref="AlertKind.BehindPace"/> the time progress) and the months that triggered it.
/// </summary>
public sealed record AlertView(
    AlertKind Kind, ScopeKind ScopeKind, Guid ScopeId, string Name, Guid RegionId, string RegionCode, string RegionName,
    decimal Rate, IReadOnlyList<MonthAchievement> Months);

/// <summary>
/// The alerts of DESIGN §6 on sales-amount achievement, with the thresholds of the company settings:
/// directors see every region's, a manager their regions'; reps and admins get none (forbidden).
/// Reads the closed months the rules need (the longest run plus <see cref="MonthsWithoutTargetTolerated"/>)
/// and the current month for the mid-month pace check. The months' targets and actuals and the closed months'
/// findings are computed company-wide and kept (<see cref="AlertWindowCache"/>) while the months' revisions stay the
/// same, so a call reads the revisions and the visible regions and reps, and evaluates only the pace of today.
/// </summary>
public sealed class AlertService(
    ISalesPlanningDbFactory contexts, ActualsQuery actuals, SettingsQuery settings, AlertWindowCache windows, TimeProvider time)
{
    /// <summary>How many months without a target a run may skip and still be found.</summary>
    public const int MonthsWithoutTargetTolerated = 2;

    private const Metric AlertMetric = Metric.SalesAmount;

    public async Task<Result<IReadOnlyList<AlertView>>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsDirector && !actor.IsManager)
        {
            return Result<IReadOnlyList<AlertView>>.Forbidden();
        }

        var thresholds = (await settings.GetAsync(cancellationToken)).Alerts;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var current = Period.Containing(today);
        var length = Math.Max(thresholds.RepSevereMonths, Math.Max(thresholds.RepWarningMonths, thresholds.RegionMonths))
            + MonthsWithoutTargetTolerated;
        var closed = new List<Period>();
        for (var p = current.Previous(); closed.Count < length; p = p.Previous())
        {
            closed.Insert(0, p);
        }

        var months = closed.Append(current).ToList();
        // The revisions are read before the figures: a window kept under them is never older than they are.
        var revisions = await actuals.RevisionsAsync(months, cancellationToken);
        var window = await windows.GetAsync(AlertWindowKey.For(thresholds, revisions), last => ComputeAsync(months, revisions, thresholds, last))
            .WaitAsync(cancellationToken);

        // Every scope's findings from the window; names, who is active and who sees what are read fresh, for those scopes only.
        var found = new Dictionary<(ScopeKind Kind, Guid Id), List<AlertFinding>>();
        foreach (var scope in window.ClosedFindings.Keys.Concat(window.Current.Targets.Keys))
        {
            if (!found.ContainsKey(scope) && Findings(window, scope.Kind, scope.Id, today, thresholds).ToList() is { Count: > 0 } findings)
            {
                found[scope] = findings;
            }
        }

        var (regions, reps) = await VisibleScopesAsync(
            actor, [.. found.Keys.Where(s => s.Kind == ScopeKind.Rep).Select(s => s.Id)], cancellationToken);
        var regionOf = regions.ToDictionary(r => r.Id);
        var alerts = new List<AlertView>();
        foreach (var region in regions)
        {
            alerts.AddRange(found.GetValueOrDefault((ScopeKind.Region, region.Id), []).Select(f => new AlertView(
                f.Kind, ScopeKind.Region, region.Id, region.Name, region.Id, region.Code, region.Name, f.Rate, f.Months)));
        }

        foreach (var rep in reps)
        {
            var region = regionOf[rep.RegionId];
            alerts.AddRange(found[(ScopeKind.Rep, rep.Id)].Select(f => new AlertView(
                f.Kind, ScopeKind.Rep, rep.Id, rep.Name, region.Id, region.Code, region.Name, f.Rate, f.Months)));
        }

        return Result<IReadOnlyList<AlertView>>.Ok(
            [.. alerts.OrderBy(a => a.Kind == AlertKind.BehindPace).ThenBy(a => a.RegionCode, StringComparer.Ordinal).ThenBy(a => a.ScopeKind).ThenBy(a => a.Kind)]);
    }

    /// <summary>The scope's findings over the closed months, then its pace in the current month as of <paramref name="today"/>.</summary>
    private static IEnumerable<AlertFinding> Findings(AlertWindow window, ScopeKind kind, Guid id, DateOnly today, AlertThresholds thresholds)
    {
        if (window.ClosedFindings.TryGetValue((kind, id), out var closed))
        {
            foreach (var finding in closed)
            {
                yield return finding;
            }
        }

        var current = window.Current;
        if (current.Targets.TryGetValue((kind, id), out var target)
            && AlertRules.MidMonthBehindPace(current.Actual(kind, id), target, current.Period, today, thresholds) is { } behind)
        {
            yield return behind;
        }
    }

    /// <summary>
    /// The active regions the actor sees (a director all, a manager theirs) and, of <paramref name="repIds"/>, the active reps in
    /// them, ordered as the list shows them.
    /// </summary>
    private async Task<(List<(Guid Id, string Code, string Name)> Regions, List<(Guid Id, string Name, Guid RegionId)> Reps)> VisibleScopesAsync(
        Actor actor, List<Guid> repIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = db.Regions.AsNoTracking().Where(r => r.IsActive);
        if (!actor.IsDirector)
        {
            visible = visible.Where(r => r.Members.Any(m => m.UserId == actor.UserId && m.Role == MemberRole.Manager));
        }

        List<(Guid Id, string Code, string Name)> regions = [.. (await visible.OrderBy(r => r.Code).Select(r => new { r.Id, r.Code, r.Name }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, r.Code, r.Name))];
        var regionIds = regions.Select(r => r.Id).ToList();
        List<(Guid Id, string Name, Guid RegionId)> reps = [.. (await db.RegionMemberships.AsNoTracking()
                .Where(m => m.Role == MemberRole.Rep && regionIds.Contains(m.RegionId) && repIds.Contains(m.UserId))
                .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.RegionId })
                .OrderBy(u => u.Email)
                .ToListAsync(cancellationToken))
            .DistinctBy(u => u.Id)
            .Select(u => (u.Id, u.DisplayName, u.RegionId))];
        return (regions, reps);
    }

    /// <summary>
    /// The window of <paramref name="months"/> (closed ones, then the current one) at <paramref name="revisions"/>: months whose
    /// revision is the same as in <paramref name="last"/> are taken from it, the others read company-wide in one query each for
    /// targets, actuals by rep and actuals by region; the closed months' findings are evaluated again only when a closed month
    /// or the thresholds changed.
    /// </summary>
    private async Task<AlertWindow> ComputeAsync(
        List<Period> months, IReadOnlyList<FiguresRevision> revisions, AlertThresholds thresholds, AlertWindow? last)
    {
        var kept = last is null ? [] : last.Closed.Append(last.Current).ToDictionary(m => m.Revision);
        var missing = revisions.Where(r => !kept.ContainsKey(r)).ToList();
        var read = await ReadMonthsAsync(missing, CancellationToken.None);
        var figures = revisions.Select(r => kept.TryGetValue(r, out var month) ? month : read[r.PeriodKey]).ToList();
        var closed = figures.Take(months.Count - 1).ToList();
        var key = AlertWindowKey.For(thresholds, revisions);
        if (last is not null && last.Key.Thresholds == thresholds
            && last.Closed.Select(m => m.Revision).SequenceEqual(closed.Select(m => m.Revision)))
        {
            return new AlertWindow(key, closed, figures[^1], last.ClosedFindings);
        }

        var findings = new Dictionary<(ScopeKind Kind, Guid Id), IReadOnlyList<AlertFinding>>();
        foreach (var scope in closed.SelectMany(m => m.Targets.Keys).Distinct())
        {
            var history = closed.Select(m => new MonthAchievement(m.Period, m.Achievement(scope.Kind, scope.Id))).ToList();
            IReadOnlyList<AlertFinding> found = scope.Kind == ScopeKind.Rep
                ? AlertRules.ForRep(history, thresholds)
                : AlertRules.ForRegion(history, thresholds) is { } low ? [low] : [];
            if (found.Count > 0)
            {
                findings[scope] = found;
            }
        }

        return new AlertWindow(key, closed, figures[^1], findings);
    }

    /// <summary>The months (of <paramref name="revisions"/>) with their targets of regions and reps and their actuals by rep and by region, company-wide, by period key.</summary>
    private async Task<Dictionary<int, AlertMonth>> ReadMonthsAsync(List<FiguresRevision> revisions, CancellationToken cancellationToken)
    {
        if (revisions.Count == 0)
        {
            return [];
        }

        var months = revisions.Select(r => Period.FromKey(r.PeriodKey)).ToList();
        var keys = months.Select(p => p.Key).ToList();
        List<(ScopeKind Kind, Guid Id, int PeriodKey, decimal Amount)> targets;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            targets = [.. (await db.Targets.AsNoTracking()
                    .Where(t => t.Metric == AlertMetric && keys.Contains(t.PeriodKey) && (t.ScopeKind == ScopeKind.Region || t.ScopeKind == ScopeKind.Rep))
                    .Select(t => new { t.ScopeKind, t.ScopeId, t.PeriodKey, t.Amount })
                    .ToListAsync(cancellationToken))
                .Select(t => (t.ScopeKind, t.ScopeId!.Value, t.PeriodKey, t.Amount))];
        }

        var byRepTask = actuals.ByMonthsAsync(months, Dimension.Rep, ActualsFilter.All, cancellationToken);
        var byRegionTask = actuals.ByMonthsAsync(months, Dimension.Region, ActualsFilter.All, cancellationToken);
        var (byRep, byRegion) = (await byRepTask, await byRegionTask);
        return months.Select((p, i) => new AlertMonth(
                p,
                revisions[i],
                targets.Where(t => t.PeriodKey == p.Key).ToDictionary(t => (t.Kind, t.Id), t => t.Amount),
                byRep[i].ToDictionary(a => a.Key, a => a.Value.For(AlertMetric)),
                byRegion[i].ToDictionary(a => a.Key, a => a.Value.For(AlertMetric))))
            .ToDictionary(m => m.Period.Key);
    }
}
