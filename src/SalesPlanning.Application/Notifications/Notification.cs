namespace SalesPlanning.Application.Notifications;

/// <summary>
/// One message to one user: what happened (its kind and values), where to look (a link inside the app),
/// and whether they have read it. Written in the same transaction as the change it tells of; its text is
/// rendered in the reader's language when shown or mailed.
/// </summary>
public sealed class Notification
{
    public const int LinkMaxLength = 300;
    public const int KeyMaxLength = 200;
    public const int ValueMaxLength = 1000;

    // For EF Core.
    private Notification()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>A path inside the app, e.g. "plans/{region}/2026-12", without a leading slash.</summary>
    public string Link { get; private set; } = "";

    /// <summary>The values its text names (region, period, who, comment), by name.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    /// <summary>
    /// Set for notifications a scheduled check raises (an overdue review, a missed week, an alert): one per
    /// user and key, so a check that runs again tells nobody twice.
    /// </summary>
    public string? Key { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Create(
        Guid userId, NotificationKind kind, string link, IReadOnlyDictionary<string, string> values, string? key, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Notification
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Kind = kind,
            CreatedAt = at,
            Link = Clip(link, LinkMaxLength),
            Values = values.ToDictionary(v => v.Key, v => Clip(v.Value, ValueMaxLength), StringComparer.Ordinal),
            Key = key is null ? null : Clip(key, KeyMaxLength),
        };
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>A user's choice for one kind: in the app only, or by e-mail as well. No row means by e-mail as well.</summary>
public sealed class NotificationPreference
{
    // For EF Core.
    private NotificationPreference()
    {
    }

    public NotificationPreference(Guid userId, NotificationKind kind, bool email)
    {
        UserId = userId;
        Kind = kind;
        Email = email;
    }

    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public bool Email { get; private set; }

    public void Choose(bool email) => Email = email;
}

/// <summary>
/// A mail waiting to be sent (the outbox): written with its notification in the change's transaction, so
/// a rolled-back change queues nothing and a mail server that is down loses nothing. The sender job
/// delivers it, and on a failure keeps the error and tries again later, up to <see cref="MaxAttempts"/>.
/// </summary>
public sealed class OutboxMail
{
    public const int AddressMaxLength = 256;
    public const int ErrorMaxLength = 1000;
    public const int MaxAttempts = 6;

    // For EF Core.
    private OutboxMail()
    {
    }

    public long Id { get; private set; }
    public Guid NotificationId { get; private set; }
    public string ToAddress { get; private set; } = "";

    /// <summary>The language the mail is written in: the recipient's, else zh-CN.</summary>
    public string Culture { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public bool HasFailed => SentAt is null && Attempts >= MaxAttempts;

    public static OutboxMail For(Notification notification, string toAddress, string culture, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new OutboxMail
        {
            NotificationId = notification.Id,
            ToAddress = toAddress,
            Culture = culture,
            CreatedAt = at,
            NextAttemptAt = at,
        };
    }

    public void Sent(DateTimeOffset at)
    {
        Attempts++;
        SentAt = at;
        LastError = null;
    }

    /// <summary>Keeps the error and waits longer after each failure: 1, 2, 4, 8 … minutes.</summary>
    public void Failed(string error, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(error);
        Attempts++;
        LastError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        NextAttemptAt = at.AddMinutes(Math.Pow(2, Attempts - 1));
    }

    /// <summary>An admin asks for another try now (a failed mail gets its attempts back).</summary>
    public void Retry(DateTimeOffset at)
    {
        if (SentAt is not null)
        {
            return;
        }

        Attempts = 0;
        NextAttemptAt = at;
    }
}
