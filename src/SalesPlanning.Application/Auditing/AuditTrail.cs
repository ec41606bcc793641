using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.Auditing;

/// <summary>
/// The one way a change is audited (issue 12): a row stamped with who did it and when, added to the unit of work
/// of the change itself, so it is saved with the change or not at all. Services name what changed (entity, key,
/// action, field, old → new, comment); the trail writes the row.
/// </summary>
public static class AuditTrail
{
    public static void Audit(
        this ISalesPlanningDb db,
        Actor actor,
        DateTimeOffset at,
        string entityType,
        string entityKey,
        string action,
        string? field = null,
        string? oldValue = null,
        string? newValue = null,
        string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        db.AuditEntries.Add(AuditEntry.Record(at, actor.UserId, actor.Name, entityType, entityKey, action, field, oldValue, newValue, comment));
    }
}
