using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

/// <summary>
/// One change of master data under way — a save from an admin page or the API, or a whole CSV import: its
/// unit of work, its audit, and what its checks look up, read once (an import asks for every line).
/// </summary>
internal sealed class MasterDataEdit(ISalesPlanningDb db, Actor actor, TimeProvider time, string? comment = null)
{
    private readonly Dictionary<Guid, string> _userNames = [];
    private Dictionary<string, Guid>? _managersByEmail;
    private Dictionary<string, ProductLine>? _linesByCode;

    public ISalesPlanningDb Db => db;

    public MasterDataAudit Audit { get; } = new(db, actor, time, comment);

    /// <summary>The active user with the manager role and this e-mail (any case); null when there is none.</summary>
    public async Task<Guid?> ManagerByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await ManagersAsync(cancellationToken)).TryGetValue(email.ToUpperInvariant(), out var id) ? id : null;

    /// <summary>Whether the user may manage a region: active, with the manager role.</summary>
    public async Task<bool> IsManagerAsync(Guid userId, CancellationToken cancellationToken) =>
        (await ManagersAsync(cancellationToken)).ContainsValue(userId);

    /// <summary>The product line (tracked), null when there is none.</summary>
    public async Task<ProductLine?> LineAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ProductLines.FindAsync([id], cancellationToken);

    /// <summary>The product line with this code (tracked), null when there is none.</summary>
    public async Task<ProductLine?> LineByCodeAsync(string code, CancellationToken cancellationToken)
    {
        _linesByCode ??= await db.ProductLines.ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, cancellationToken);
        return _linesByCode.GetValueOrDefault(code.ToUpperInvariant());
    }

    /// <summary>How audit rows name a user: the e-mail, else the name, else the id; "—" for nobody.</summary>
    public async Task<string> UserNameAsync(Guid? userId, CancellationToken cancellationToken)
    {
        if (userId is not { } id)
        {
            return "—";
        }

        if (!_userNames.TryGetValue(id, out var name))
        {
            name = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Email ?? u.DisplayName).SingleOrDefaultAsync(cancellationToken)
                ?? id.ToString();
            _userNames[id] = name;
        }

        return name;
    }

    /// <summary>Reactivates (<paramref name="active"/>) or deactivates an item through its own rule, and audits it.</summary>
    public void SetActive(string entityType, string code, bool active, Action activate, Action deactivate)
    {
        (active ? activate : deactivate)();
        Audit.Activation(entityType, code, active);
    }

    private async Task<Dictionary<string, Guid>> ManagersAsync(CancellationToken cancellationToken)
    {
        if (_managersByEmail is null)
        {
            var managers = await MasterDataQueries.ManagersQuery(db).ToListAsync(cancellationToken);
            _managersByEmail = managers.ToDictionary(m => m.Email.ToUpperInvariant(), m => m.UserId, StringComparer.Ordinal);
            foreach (var manager in managers.Where(m => m.Email.Length > 0))
            {
                _userNames.TryAdd(manager.UserId, manager.Email);
            }
        }

        return _managersByEmail;
    }
}
