using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Notifications;

/// <summary>What happened, for whom to read: the kind, the values its text names, and the link.</summary>
public sealed record NotificationEvent(NotificationKind Kind, string Link, IReadOnlyDictionary<string, string> Values, string? Key = null);

/// <summary>
/// The one writer of notifications (issue 15): adds a notification per recipient, and a mail to the outbox
/// for each who wants this kind by e-mail, to the caller's unit of work. The caller's save commits them
/// with its change, or nothing at all. Inactive users are skipped, and so is the user who caused the event.
/// </summary>
public static class Notify
{
    /// <summary>The values' names the texts use.</summary>
    public static class Values
    {
        public const string Region = "region";
        public const string Period = "period";
        public const string Actor = "actor";
        public const string Comment = "comment";
        public const string Rep = "rep";
        public const string Week = "week";
        public const string Alert = "alert";
        public const string Days = "days";
    }

    public const string DefaultCulture = "zh-CN";

    public static Task UsersAsync(
        ISalesPlanningDb db, NotificationEvent notice, IEnumerable<Guid> recipients, Guid? causedBy, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        ManyAsync(db, [(notice, recipients)], causedBy, at, cancellationToken);

    /// <summary>
    /// Several events at once (e.g. every new alert of a scheduled check): who is active, who wants which kind in the
    /// app only and who was told already are read once for all of them, not once an event.
    /// </summary>
    public static async Task ManyAsync(
        ISalesPlanningDb db, IReadOnlyList<(NotificationEvent Notice, IEnumerable<Guid> Recipients)> events, Guid? causedBy,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(events);
        var wanted = events
            .Select(e => (e.Notice, Ids: e.Recipients.Where(id => id != causedBy).Distinct().ToList()))
            .Where(e => e.Ids.Count > 0)
            .ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var ids = wanted.SelectMany(e => e.Ids).Distinct().ToList();
        var kinds = wanted.Select(e => e.Notice.Kind).Distinct().ToList();
        var keys = wanted.Select(e => e.Notice.Key).OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.IsActive)
            .Select(u => new { u.Id, u.Email, u.PreferredCulture })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var inAppOnly = (await db.NotificationPreferences.AsNoTracking()
                .Where(p => ids.Contains(p.UserId) && kinds.Contains(p.Kind) && !p.Email)
                .Select(p => new { p.UserId, p.Kind })
                .ToListAsync(cancellationToken))
            .Select(p => (p.UserId, p.Kind))
            .ToHashSet();
        var told = keys.Count == 0
            ? []
            : (await db.Notifications.AsNoTracking()
                    .Where(n => n.Key != null && keys.Contains(n.Key) && ids.Contains(n.UserId))
                    .Select(n => new { n.Key, n.UserId })
                    .ToListAsync(cancellationToken))
                .Select(n => (n.Key!, n.UserId))
                .ToHashSet();

        foreach (var (notice, recipients) in wanted)
        {
            foreach (var id in recipients)
            {
                if (!users.TryGetValue(id, out var user) || (notice.Key is { } key && !told.Add((key, id))))
                {
                    continue;
                }

                var notification = Notification.Create(user.Id, notice.Kind, notice.Link, notice.Values, notice.Key, at);
                db.Notifications.Add(notification);
                if (!inAppOnly.Contains((user.Id, notice.Kind)) && !string.IsNullOrWhiteSpace(user.Email))
                {
                    db.OutboxMails.Add(OutboxMail.For(notification, user.Email, user.PreferredCulture ?? DefaultCulture, at));
                }
            }
        }
    }

    /// <summary>
    /// A step of a region's month (plan or month-end review): a submission goes to the directors, every other
    /// step to the region's manager; the text names the region, the month, who did it and their comment.
    /// </summary>
    public static async Task RegionStepAsync(
        ISalesPlanningDb db, NotificationKind kind, Guid regionId, string regionName, Period period, Actor actor, string? comment,
        string link, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        var recipients = kind is NotificationKind.PlanSubmitted or NotificationKind.MonthEndSubmitted
            ? await DirectorsAsync(db, cancellationToken)
            : await RegionManagerAsync(db, regionId, cancellationToken);
        // The name people know, whichever sign-in (cookie or token) the actor came with.
        var actorName = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var values = new Dictionary<string, string>
        {
            [Values.Region] = regionName,
            [Values.Period] = period.ToString(),
            [Values.Actor] = string.IsNullOrWhiteSpace(actorName) ? actor.Name : actorName,
        };
        if (!string.IsNullOrWhiteSpace(comment))
        {
            values[Values.Comment] = comment.Trim();
        }

        await UsersAsync(db, new NotificationEvent(kind, link, values), recipients, actor.UserId, at, cancellationToken);
    }

    /// <summary>The link to a region's plan of a month.</summary>
    public static string PlanLink(Guid regionId, Period period) => $"plans/{regionId}/{period}";

    /// <summary>The active directors.</summary>
    public static Task<List<Guid>> DirectorsAsync(ISalesPlanningDb db, CancellationToken cancellationToken) =>
        db.UserRoles.AsNoTracking()
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Director))
            .Select(ur => ur.UserId)
            .ToListAsync(cancellationToken);

    /// <summary>The region's manager, as a list (empty when the region has none).</summary>
    public static Task<List<Guid>> RegionManagerAsync(ISalesPlanningDb db, Guid regionId, CancellationToken cancellationToken) =>
        db.RegionMemberships.AsNoTracking()
            .Where(m => m.RegionId == regionId && m.Role == MemberRole.Manager)
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
}
