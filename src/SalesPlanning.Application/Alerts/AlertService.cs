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
/// and the current month for the mid-month pace check: targets in one query, actuals by rep and by region
/// in one query each over the monthly summary (<see cref="ActualsQuery"/>), whatever the number of reps or months.
/// </summary>
public sealed class AlertService(
    ISalesPlanningDbFactory contexts, ActualsQuery actuals, SettingsQuery settings, TimeProvider time)
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

        List<(Guid Id, string Code, string Name)> regions;
        List<(Guid Id, string Name, Guid RegionId)> reps;
        Dictionary<(ScopeKind, Guid, int), decimal> targets;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var visible = db.Regions.AsNoTracking().Where(r => r.IsActive);
            if (!actor.IsDirector)
            {
                visible = visible.Where(r => r.Members.Any(m => m.UserId == actor.UserId && m.Role == MemberRole.Manager));
            }

            regions = [.. (await visible.OrderBy(r => r.Code).Select(r => new { r.Id, r.Code, r.Name }).ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.Code, r.Name))];
            var regionIds = regions.Select(r => r.Id).ToList();
            reps = [.. (await db.RegionMemberships.AsNoTracking()
                    .Where(m => m.Role == MemberRole.Rep && regionIds.Contains(m.RegionId))
                    .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.RegionId })
                    .OrderBy(u => u.Email)
                    .ToListAsync(cancellationToken))
                .DistinctBy(u => u.Id)
                .Select(u => (u.Id, u.DisplayName, u.RegionId))];
            var scopeIds = regionIds.Concat(reps.Select(r => r.Id)).Select(id => (Guid?)id).ToList();
            var (first, last) = (closed[0].Key, current.Key);
            targets = (await db.Targets.AsNoTracking()
                    .Where(t => t.Metric == AlertMetric && t.PeriodKey >= first && t.PeriodKey <= last
                        && (t.ScopeKind == ScopeKind.Region || t.ScopeKind == ScopeKind.Rep) && scopeIds.Contains(t.ScopeId))
                    .Select(t => new { t.ScopeKind, t.ScopeId, t.PeriodKey, t.Amount })
                    .ToListAsync(cancellationToken))
                .ToDictionary(t => (t.ScopeKind, t.ScopeId!.Value, t.PeriodKey), t => t.Amount);
        }

        if (regions.Count == 0)
        {
            return Result<IReadOnlyList<AlertView>>.Ok([]);
        }

        // A manager of one region reads that region's rows only; otherwise all, grouped in SQL.
        var filter = regions.Count == 1 ? new ActualsFilter(RegionId: regions[0].Id) : ActualsFilter.All;
        var months = closed.Append(current).ToList();
        var byRepTask = actuals.ByMonthsAsync(months, Dimension.Rep, filter, cancellationToken);
        var byRegionTask = actuals.ByMonthsAsync(months, Dimension.Region, filter, cancellationToken);
        var (byRep, byRegion) = (await byRepTask, await byRegionTask);

        var regionOf = regions.ToDictionary(r => r.Id);
        var alerts = new List<AlertView>();
        foreach (var region in regions)
        {
            var history = Achievements(ScopeKind.Region, region.Id, closed, byRegion, targets);
            var findings = new List<AlertFinding>();
            if (AlertRules.ForRegion(history, thresholds) is { } low)
            {
                findings.Add(low);
            }

            findings.AddRange(Pace(ScopeKind.Region, region.Id, current, today, byRegion[^1], targets, thresholds));
            alerts.AddRange(findings.Select(f => new AlertView(
                f.Kind, ScopeKind.Region, region.Id, region.Name, region.Id, region.Code, region.Name, f.Rate, f.Months)));
        }

        foreach (var rep in reps)
        {
            var history = Achievements(ScopeKind.Rep, rep.Id, closed, byRep, targets);
            var findings = AlertRules.ForRep(history, thresholds).ToList();
            findings.AddRange(Pace(ScopeKind.Rep, rep.Id, current, today, byRep[^1], targets, thresholds));
            var region = regionOf[rep.RegionId];
            alerts.AddRange(findings.Select(f => new AlertView(
                f.Kind, ScopeKind.Rep, rep.Id, rep.Name, region.Id, region.Code, region.Name, f.Rate, f.Months)));
        }

        return Result<IReadOnlyList<AlertView>>.Ok(
            [.. alerts.OrderBy(a => a.Kind == AlertKind.BehindPace).ThenBy(a => a.RegionCode, StringComparer.Ordinal).ThenBy(a => a.ScopeKind).ThenBy(a => a.Kind)]);
    }

    private static List<MonthAchievement> Achievements(
        ScopeKind kind, Guid id, List<Period> closed, IReadOnlyList<IReadOnlyDictionary<Guid, ActualTotals>> actualsByMonth,
        Dictionary<(ScopeKind, Guid, int), decimal> targets) =>
        [.. closed.Select((p, i) => new MonthAchievement(p,
            targets.TryGetValue((kind, id, p.Key), out var target)
                ? Figures.Achievement(actualsByMonth[i].TryGetValue(id, out var a) ? a.For(AlertMetric) : 0m, target)
                : null))];

    private static IEnumerable<AlertFinding> Pace(
        ScopeKind kind, Guid id, Period current, DateOnly today, IReadOnlyDictionary<Guid, ActualTotals> currentActuals,
        Dictionary<(ScopeKind, Guid, int), decimal> targets, AlertThresholds thresholds)
    {
        if (targets.TryGetValue((kind, id, current.Key), out var target)
            && AlertRules.MidMonthBehindPace(
                currentActuals.TryGetValue(id, out var a) ? a.For(AlertMetric) : 0m, target, current, today, thresholds) is { } behind)
        {
            yield return behind;
        }
    }
}
