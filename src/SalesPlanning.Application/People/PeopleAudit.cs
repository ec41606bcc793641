using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.People;

/// <summary>Audit rows of people changes (<see cref="AuditTrail"/>), written in the change's own unit of work.</summary>
internal sealed class PeopleAudit(ISalesPlanningDb db, Actor actor, DateTimeOffset at, string? comment = null)
{
    public void User(string key, string action, string? field = null, string? oldValue = null, string? newValue = null, string? note = null) =>
        db.Audit(actor, at, UserCommands.EntityType, key, action, field, oldValue, newValue, note ?? comment);

    public void Membership(string regionCode, string userKey, string action, string? oldRole, string? newRole) =>
        db.Audit(actor, at, UserCommands.MembershipEntityType, $"{regionCode}/{userKey}", action, "Role", oldRole, newRole, comment);
}
