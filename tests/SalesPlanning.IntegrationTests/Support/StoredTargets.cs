using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>A row of the targets table, read with SQL.</summary>
public sealed record StoredTarget(ScopeKind ScopeKind, Guid? ScopeId, decimal Amount, bool IsLocked);

/// <summary>A row of the audit_entries table, read with SQL.</summary>
public sealed record StoredAuditEntry(
    DateTimeOffset At, Guid? UserId, string UserName, string EntityType, string EntityKey, string Action,
    string? Field, string? OldValue, string? NewValue, string? Comment);

/// <summary>What the database holds, read with plain SQL rather than through the app's model.</summary>
public static class StoredTargets
{
    /// <summary>Every target of a metric in a period.</summary>
    public static Task<List<StoredTarget>> TargetsAsync(this TargetsAppFixture fixture, string period, Metric metric)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return fixture.QuerySqlAsync(
            "SELECT scope_kind, scope_id, amount, is_locked FROM targets WHERE period_key = @p0 AND metric = @p1",
            r => new StoredTarget(
                Enum.Parse<ScopeKind>(r.GetString(0)),
                r.IsDBNull(1) ? null : r.GetGuid(1),
                r.GetDecimal(2),
                r.GetBoolean(3)),
            Period.Parse(period).Key, metric.ToString());
    }

    /// <summary>The target of one scope, or null when there is none.</summary>
    public static async Task<StoredTarget?> TargetAsync(this TargetsAppFixture fixture, string period, Metric metric, ScopeKind scope, Guid? scopeId) =>
        (await fixture.TargetsAsync(period, metric)).SingleOrDefault(t => t.ScopeKind == scope && t.ScopeId == scopeId);

    /// <summary>The allocations of one breakdown by member; empty when there is no such breakdown.</summary>
    public static async Task<Dictionary<Guid, decimal>> AllocationsAsync(
        this TargetsAppFixture fixture, string period, Metric metric, ScopeKind scope, Guid? scopeId, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var rows = await fixture.QuerySqlAsync(
            """
            SELECT a.member_id, a.amount
            FROM target_allocations a
            JOIN target_breakdowns b ON b.id = a.breakdown_id
            JOIN targets t ON t.id = b.target_id
            WHERE t.period_key = @p0 AND t.metric = @p1 AND t.scope_kind = @p2
              AND t.scope_id IS NOT DISTINCT FROM CAST(@p3 AS uuid) AND b.dimension = @p4
            """,
            r => (Member: r.GetGuid(0), Amount: r.GetDecimal(1)),
            Period.Parse(period).Key, metric.ToString(), scope.ToString(), (object?)scopeId ?? DBNull.Value, dimension.ToString());
        return rows.ToDictionary(r => r.Member, r => r.Amount);
    }

    /// <summary>The audit rows about targets of a period, oldest first.</summary>
    public static Task<List<StoredAuditEntry>> TargetAuditAsync(this TargetsAppFixture fixture, string period)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return fixture.QuerySqlAsync(
            """
            SELECT at, user_id, user_name, entity_type, entity_key, action, field, old_value, new_value, comment
            FROM audit_entries WHERE entity_type = 'Target' AND entity_key LIKE @p0 ORDER BY id
            """,
            r => new StoredAuditEntry(
                r.GetFieldValue<DateTimeOffset>(0),
                r.IsDBNull(1) ? null : r.GetGuid(1),
                r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7),
                r.IsDBNull(8) ? null : r.GetString(8),
                r.IsDBNull(9) ? null : r.GetString(9)),
            period + "/%");
    }

    /// <summary>The audit trail's key of a target: period/metric/scope/id.</summary>
    public static string AuditKey(string period, Metric metric, ScopeKind scope, Guid? scopeId) => $"{period}/{metric}/{scope}/{scopeId}";
}
