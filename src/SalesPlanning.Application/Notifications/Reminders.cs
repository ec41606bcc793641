using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Plans;
using static SalesPlanning.Application.Notifications.Notify;

namespace SalesPlanning.Application.Notifications;

/// <summary>
/// The scheduled checks that notify (issue 15): reviews past their deadline, weeks not entered, alerts
/// raised. Each notification carries a key (what it is about, and which occurrence), so a check that runs
/// again — on this instance or another — tells nobody twice.
/// </summary>
public sealed class Reminders(
    ISalesPlanningDbFactory contexts, SettingsQuery settings, AlertService alerts, TimeProvider time, ILogger<Reminders> logger)
{
    // The checks read as a director would: every region.
    private static readonly Actor System = new(Guid.Empty, new HashSet<string> { Roles.Director }, "SalesPlanning");

    /// <summary>Submitted plans past the review deadline: to the directors and the region's manager. Returns how many plans.</summary>
    public async Task<int> OverdueReviewsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deadlineDays = (await settings.GetAsync(cancellationToken)).ReviewDeadlineDays;
        var submittedBefore = now.AddDays(-deadlineDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var overdue = await db.MonthlyPlans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Submitted && p.SubmittedAt < submittedBefore)
            .Join(db.Regions, p => p.RegionId, r => r.Id, (p, r) => new { p.Id, p.RegionId, p.PeriodKey, p.SubmittedAt, r.Name })
            .ToListAsync(cancellationToken);
        var directors = await DirectorsAsync(db, cancellationToken);
        foreach (var plan in overdue)
        {
            var period = Period.FromKey(plan.PeriodKey);
            var notice = new NotificationEvent(
                NotificationKind.PlanReviewOverdue,
                PlanLink(plan.RegionId, period),
                new Dictionary<string, string> { [Values.Region] = plan.Name, [Values.Period] = period.ToString(), [Values.Days] = deadlineDays.ToString(CultureInfo.InvariantCulture) },
                $"plan-overdue:{plan.Id}:{plan.SubmittedAt!.Value.ToUnixTimeSeconds()}");
            await UsersAsync(db, notice, directors.Concat(await RegionManagerAsync(db, plan.RegionId, cancellationToken)), null, now, cancellationToken);
        }

        await SaveAsync(db, "overdue reviews", cancellationToken);
        return overdue.Count;
    }

    /// <summary>
    /// Reps without an entry for every part of the week that ended yesterday (Monday to Sunday; a week
    /// across a month's end is two weeks of the months): to the rep; a rep who also missed the week before,
    /// to their manager as well. Returns how many reps missed the week.
    /// </summary>
    public async Task<int> MissedWeeksAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var lastSunday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 1);
        var lastWeek = WeeksOf(lastSunday);
        var weekBefore = WeeksOf(lastSunday.AddDays(-7));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reps = await db.RegionMemberships.AsNoTracking()
            .Where(m => m.Role == MemberRole.Rep && db.Regions.Any(r => r.Id == m.RegionId && r.IsActive))
            .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, m.RegionId })
            .ToListAsync(cancellationToken);
        var weeks = lastWeek.Concat(weekBefore).ToList();
        var periodKeys = weeks.Select(w => w.Period.Key).Distinct().ToList();
        var entered = (await db.ProgressEntries.AsNoTracking()
                .Where(e => periodKeys.Contains(e.PeriodKey))
                .Select(e => new { e.RepId, e.PeriodKey, e.WeekNumber })
                .ToListAsync(cancellationToken))
            .Select(e => (e.RepId, e.PeriodKey, e.WeekNumber))
            .ToHashSet();
        bool Missed(Guid rep, IEnumerable<WeekOfMonth> parts) => parts.Any(w => !entered.Contains((rep, w.Period.Key, w.Number)));

        var missing = reps.DistinctBy(r => r.Id).Where(r => Missed(r.Id, lastWeek)).ToList();
        var weekText = $"{lastSunday.AddDays(-6):yyyy-MM-dd} – {lastSunday:yyyy-MM-dd}";
        var period = lastWeek[^1].Period;
        var sunday = lastSunday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var rep in missing)
        {
            var values = new Dictionary<string, string> { [Values.Week] = weekText, [Values.Period] = period.ToString(), [Values.Rep] = rep.DisplayName };
            await UsersAsync(db, new NotificationEvent(NotificationKind.WeekNotEntered, $"progress?period={period}", values, $"week-missed:{sunday}"),
                [rep.Id], null, now, cancellationToken);
            if (Missed(rep.Id, weekBefore))
            {
                await UsersAsync(db, new NotificationEvent(NotificationKind.WeeksNotEnteredByRep, "manager", values, $"weeks-missed:{rep.Id}:{sunday}"),
                    await RegionManagerAsync(db, rep.RegionId, cancellationToken), null, now, cancellationToken);
            }
        }

        await SaveAsync(db, "missed weeks", cancellationToken);
        return missing.Count;
    }

    /// <summary>
    /// The alerts of DESIGN §6 as the alerts page shows them, each told once to the directors and the
    /// manager of its region: a run's alert is keyed by its last month, the mid-month pace alert by the month.
    /// Returns how many alerts there are now (told before or not).
    /// </summary>
    public async Task<int> NewAlertsAsync(CancellationToken cancellationToken)
    {
        var found = await alerts.ListAsync(System, cancellationToken);
        if (!found.IsOk)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var directors = await DirectorsAsync(db, cancellationToken);
        var managers = (await db.RegionMemberships.AsNoTracking().Where(m => m.Role == MemberRole.Manager)
                .Select(m => new { m.RegionId, m.UserId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.RegionId, m => m.UserId);
        var current = Period.Containing(DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        var notices = new List<(NotificationEvent, IEnumerable<Guid>)>();
        foreach (var alert in found.Value!)
        {
            var month = alert.Kind == AlertKind.BehindPace ? current : alert.Months.Count > 0 ? alert.Months[^1].Period : current;
            var notice = new NotificationEvent(
                NotificationKind.AlertRaised,
                "alerts",
                new Dictionary<string, string>
                {
                    [Values.Alert] = alert.Kind.ToString(),
                    [Values.Rep] = alert.Name,
                    [Values.Region] = alert.RegionName,
                    [Values.Period] = month.ToString(),
                    ["rate"] = alert.Rate.ToString(CultureInfo.InvariantCulture),
                    ["months"] = alert.Months.Count.ToString(CultureInfo.InvariantCulture),
                },
                $"alert:{alert.Kind}:{alert.ScopeId}:{month}");
            notices.Add((notice, directors.Concat(managers[alert.RegionId])));
        }

        // Each alert once per recipient, whichever run or instance: who was told is read once for all of them.
        await ManyAsync(db, notices, null, now, cancellationToken);
        await SaveAsync(db, "alerts", cancellationToken);
        return found.Value!.Count;
    }

    /// <summary>
    /// Keeps the tables from growing without end: read notifications older than <paramref name="keepDays"/> days
    /// go, with their mails (sent or not); unread ones stay whatever their age. Returns how many went.
    /// </summary>
    public async Task<int> ForgetOldAsync(int keepDays, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().AddDays(-keepDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.Notifications.Where(n => n.ReadAt != null && n.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Notifications read and older than {Days} days removed: {Count}", keepDays, removed);
        }

        return removed;
    }

    private static List<WeekOfMonth> WeeksOf(DateOnly sunday) =>
        [.. Enumerable.Range(0, 7).Select(d => WeekOfMonth.Containing(sunday.AddDays(d - 6))).Distinct()];

    private async Task SaveAsync(ISalesPlanningDb db, string what, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<Notification>().Count();
        // Another instance's run of the same check told the same users first: theirs stands.
        if (await db.TrySaveChangesAsync(cancellationToken) == SaveOutcome.Duplicate)
        {
            logger.LogInformation("Notifications for {What}: told already by another run", what);
            return;
        }

        if (added > 0)
        {
            logger.LogInformation("Notifications for {What}: {Count} sent", what, added);
        }
    }
}
