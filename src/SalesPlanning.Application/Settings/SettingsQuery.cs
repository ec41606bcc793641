using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.Application.Settings;

/// <summary>
/// Reads the company's settings; until an admin saves them, the defaults of
/// <see cref="CompanySettings.Default"/> apply. Read per request (settings live in PostgreSQL, so
/// every app instance sees a change at once).
/// </summary>
public sealed class SettingsQuery(ISalesPlanningDbFactory contexts)
{
    public async Task<CompanySettings> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == CompanySettings.SingletonId, cancellationToken)
            ?? CompanySettings.Default();
    }
}
