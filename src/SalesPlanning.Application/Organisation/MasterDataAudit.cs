using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.Organisation;

/// <summary>Audit rows for admin changes (who, when, what, old → new), added to the context of the change.</summary>
internal sealed class MasterDataAudit(ISalesPlanningDb db, Actor actor, TimeProvider time, string? comment = null)
{
    public void Record(string entityType, string key, string action, string? field = null, string? oldValue = null, string? newValue = null) =>
        db.Audit(actor, time.GetUtcNow(), entityType, key, action, field, oldValue, newValue, comment);

    /// <summary>A "Changed" row when the value changed (true); nothing otherwise (false).</summary>
    public bool Change(string entityType, string key, string field, string? oldValue, string? newValue)
    {
        if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
        {
            return false;
        }

        Record(entityType, key, "Changed", field, oldValue, newValue);
        return true;
    }

    /// <summary>A "Reactivated" or "Deactivated" row.</summary>
    public void Activation(string entityType, string key, bool active) =>
        Record(entityType, key, active ? "Reactivated" : "Deactivated", "IsActive", Flag(!active), Flag(active));

    public static string Flag(bool value) => value ? "true" : "false";
}
