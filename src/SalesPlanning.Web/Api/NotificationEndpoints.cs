using System.Globalization;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Notifications;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/notifications: the caller's notifications (newest first, their text in the caller's language),
/// marking them read, and the e-mail choices per kind; /api/v1/admin/mail: the mail outbox for admins
/// (queued, failed, sent) with "retry". Issue 15.
/// </summary>
internal static class NotificationEndpoints
{
    public sealed record NotificationItem(
        Guid Id, NotificationKind Kind, string Text, string? Comment, DateTimeOffset CreatedAt, bool IsRead, string Link);

    public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int Total, int Unread);

    public sealed record PreferencesBody(IReadOnlyList<PreferenceChoice>? Choices);

    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        mine.MapGet("", async (int? skip, int? take, bool? unreadOnly, Caller caller, NotificationService service, INotificationTexts texts, CancellationToken ct) =>
                (await service.ListAsync(caller, skip ?? 0, take ?? 20, unreadOnly ?? false, ct)).ToHttp(page => Shape(page, texts)))
            .WithSummary("Your notifications, newest first (take 1–100), with the unread count; unreadOnly=true lists the unread ones.");
        mine.MapGet("/unread-count", async (Caller caller, NotificationService service, CancellationToken ct) =>
                TypedResults.Ok(new UnreadAnswer(await service.UnreadCountAsync(caller, ct))))
            .WithSummary("How many of your notifications are unread.");
        mine.MapPost("/{id:guid}/read", async (Guid id, Caller caller, NotificationService service, CancellationToken ct) =>
                (await service.MarkReadAsync(caller, id, ct)).ToHttp(_ => new ReadAnswer(true)))
            .WithSummary("Mark one of your notifications read (404 for anyone else's).");
        mine.MapPost("/read-all", async (Caller caller, NotificationService service, CancellationToken ct) =>
                TypedResults.Ok(new MarkedAnswer(await service.MarkAllReadAsync(caller, ct))))
            .WithSummary("Mark all your notifications read.");
        mine.MapGet("/preferences", async (Caller caller, NotificationService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PreferencesAsync(caller, ct)))
            .WithSummary("For each kind your roles receive: whether it also comes by e-mail (the default) or in the app only.");
        mine.MapPut("/preferences", async (PreferencesBody body, Caller caller, NotificationService service, CancellationToken ct) =>
                (await service.SavePreferencesAsync(caller, new SavePreferences(body.Choices ?? []), ct)).ToHttp())
            .WithSummary("Save your e-mail choices: kinds left out keep theirs; a kind your roles never receive is refused.");

        var mail = api.MapGroup("/admin/mail").WithTags("Notifications").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        mail.MapGet("", async (MailState? state, int? skip, int? take, Caller caller, MailOutbox outbox, CancellationToken ct) =>
                (await outbox.ListAsync(caller, state, skip ?? 0, take ?? 50, ct)).ToHttp())
            .WithSummary("The mail outbox, newest first: state=Queued, Failed or Sent, or all; with the counts of queued and failed mails (admins).");
        mail.MapPost("/{id:long}/retry", async (long id, Caller caller, MailOutbox outbox, CancellationToken ct) =>
                (await outbox.RetryAsync(caller, id, ct)).ToHttp(_ => new QueuedAnswer(true)))
            .WithSummary("Queue a mail that is not sent again, first in line and with its attempts back (admins).");
    }

    private static NotificationList Shape(NotificationPage page, INotificationTexts texts)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        return new NotificationList(
            [.. page.Items.Select(n => new NotificationItem(
                n.Id, n.Kind, texts.Text(n.Kind, n.Values, culture), n.Values.GetValueOrDefault(Notify.Values.Comment), n.CreatedAt, n.IsRead, n.Link))],
            page.Total, page.Unread);
    }
}
