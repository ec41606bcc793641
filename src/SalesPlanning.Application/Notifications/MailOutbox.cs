using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.Notifications;

/// <summary>A mail ready to go: to whom, the subject and the plain-text body.</summary>
public sealed record MailMessageText(string ToAddress, string Subject, string Body);

/// <summary>Sends one mail (MailKit over SMTP in Infrastructure); throws when the server refuses or cannot be reached.</summary>
public interface IMailSender
{
    Task SendAsync(MailMessageText mail, CancellationToken cancellationToken);
}

/// <summary>A notification's text in a language (Web/Localization): for the list, and for a mail's subject and body.</summary>
public interface INotificationTexts
{
    string Text(NotificationKind kind, IReadOnlyDictionary<string, string> values, string culture);

    MailMessageText Mail(string toAddress, NotificationKind kind, IReadOnlyDictionary<string, string> values, string link, string culture);
}

public enum MailState
{
    Queued,
    Sent,
    Failed,
}

public sealed record QueuedMailView(
    long Id, string ToAddress, NotificationKind Kind, MailState State, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

public sealed record QueuedMailPage(IReadOnlyList<QueuedMailView> Items, int Total, int Queued, int Failed);

/// <summary>
/// The mail outbox: the sender job's delivery with retries, and what admins see of it (queued, failed and
/// sent mails, and "retry").
/// </summary>
public sealed class MailOutbox(
    ISalesPlanningDbFactory contexts, IMailSender sender, INotificationTexts texts, TimeProvider time, ILogger<MailOutbox> logger)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Sends the mails that are due, one transaction each: the row is locked while its mail goes out
    /// (another instance's sender skips it) and marked sent, or failed with the error and a later try,
    /// in the same transaction. Returns how many were sent.
    /// </summary>
    public async Task<int> SendDueAsync(int max, CancellationToken cancellationToken)
    {
        var sent = 0;
        for (var i = 0; i < max; i++)
        {
            var outcome = await SendOneAsync(cancellationToken);
            if (outcome is null)
            {
                break;
            }

            sent += outcome.Value ? 1 : 0;
        }

        return sent;
    }

    public async Task<Result<QueuedMailPage>> ListAsync(Actor actor, MailState? state, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Result<QueuedMailPage>.Forbidden();
        }

        if (Paging.Check(skip, take, MaxPageSize) is { } errors)
        {
            return Result<QueuedMailPage>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = db.OutboxMails.AsNoTracking();
        var shown = state switch
        {
            MailState.Sent => all.Where(m => m.SentAt != null),
            MailState.Failed => all.Where(m => m.SentAt == null && m.Attempts >= OutboxMail.MaxAttempts),
            MailState.Queued => all.Where(m => m.SentAt == null && m.Attempts < OutboxMail.MaxAttempts),
            _ => all,
        };
        var total = await shown.CountAsync(cancellationToken);
        var queued = await all.CountAsync(m => m.SentAt == null && m.Attempts < OutboxMail.MaxAttempts, cancellationToken);
        var failed = await all.CountAsync(m => m.SentAt == null && m.Attempts >= OutboxMail.MaxAttempts, cancellationToken);
        var items = await shown.OrderByDescending(m => m.Id).Skip(skip).Take(take)
            .Join(db.Notifications, m => m.NotificationId, n => n.Id, (m, n) => new { Mail = m, n.Kind })
            .ToListAsync(cancellationToken);
        return Result<QueuedMailPage>.Ok(new QueuedMailPage(
            [.. items.Select(x => new QueuedMailView(
                x.Mail.Id, x.Mail.ToAddress, x.Kind, StateOf(x.Mail), x.Mail.Attempts, x.Mail.CreatedAt, x.Mail.NextAttemptAt,
                x.Mail.SentAt, x.Mail.LastError))],
            total, queued, failed));
    }

    /// <summary>Puts a queued or failed mail first in line again, with its attempts back (admins).</summary>
    public async Task<Result<bool>> RetryAsync(Actor actor, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Result<bool>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mail = await db.OutboxMails.SingleOrDefaultAsync(m => m.Id == id && m.SentAt == null, cancellationToken);
        if (mail is null)
        {
            return Result<bool>.NotFound();
        }

        mail.Retry(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Mail {MailId} queued again by {UserId}", id, actor.UserId);
        return Result<bool>.Ok(true);
    }

    private static MailState StateOf(OutboxMail mail) =>
        mail.SentAt is not null ? MailState.Sent : mail.HasFailed ? MailState.Failed : MailState.Queued;

    // Null when nothing is due; true when sent, false when it failed.
    private async Task<bool?> SendOneAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var mail = await db.OutboxMails
            .FromSql($"""
                SELECT * FROM outbox_mails
                WHERE sent_at IS NULL AND attempts < {OutboxMail.MaxAttempts} AND next_attempt_at <= {now}
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .SingleOrDefaultAsync(cancellationToken);
        if (mail is null)
        {
            return null;
        }

        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == mail.NotificationId, cancellationToken);
        bool delivered;
        try
        {
            await sender.SendAsync(texts.Mail(mail.ToAddress, notification.Kind, notification.Values, notification.Link, mail.Culture), cancellationToken);
            mail.Sent(time.GetUtcNow());
            delivered = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            mail.Failed($"{ex.GetType().Name}: {ex.Message}", time.GetUtcNow());
            logger.LogWarning("Mail {MailId} to {Address} not sent (attempt {Attempt}): {Error}", mail.Id, mail.ToAddress, mail.Attempts, ex.Message);
            delivered = false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return delivered;
    }
}
