namespace SalesPlanning.Application.Auditing;

/// <summary>
/// One line of the audit trail: who changed what, when, from which value to which, and why.
/// Written in the same transaction as the change it records, only through <see cref="AuditTrail"/>.
/// </summary>
public sealed class AuditEntry
{
    public const int KindMaxLength = 50;
    public const int KeyMaxLength = 200;
    public const int ValueMaxLength = 4000;

    // For EF Core.
    private AuditEntry()
    {
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = "";

    /// <summary>What kind of thing changed, e.g. "Target", "TargetAllocation", "MonthlyPlan".</summary>
    public string EntityType { get; private set; } = "";

    /// <summary>Which one, as text (an id or a composite key).</summary>
    public string EntityKey { get; private set; } = "";

    /// <summary>What happened, e.g. "AmountChanged", "Reopened", "Submitted".</summary>
    public string Action { get; private set; } = "";

    public string? Field { get; private set; }
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }
    public string? Comment { get; private set; }

    internal static AuditEntry Record(
        DateTimeOffset at,
        Guid? userId,
        string userName,
        string entityType,
        string entityKey,
        string action,
        string? field = null,
        string? oldValue = null,
        string? newValue = null,
        string? comment = null) => new()
        {
            At = at,
            UserId = userId,
            UserName = Clip(userName, KeyMaxLength) ?? "",
            EntityType = Clip(entityType, KindMaxLength) ?? "",
            EntityKey = Clip(entityKey, KeyMaxLength) ?? "",
            Action = Clip(action, KindMaxLength) ?? "",
            Field = Clip(field, KeyMaxLength),
            OldValue = Clip(oldValue, ValueMaxLength),
            NewValue = Clip(newValue, ValueMaxLength),
            Comment = Clip(comment, ValueMaxLength),
        };

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
