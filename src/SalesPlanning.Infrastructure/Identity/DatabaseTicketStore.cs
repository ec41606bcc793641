using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Infrastructure.Persistence;

namespace SalesPlanning.Infrastructure.Identity;

/// <summary>
/// The cookie handler's session store: sign-in tickets in PostgreSQL (<see cref="SignInSession"/>), shared by
/// every app instance. One primary-key read per cookie-authenticated request; expired sessions are removed as
/// new ones are stored.
/// </summary>
public sealed class DatabaseTicketStore(IDbContextFactory<SalesPlanningDbContext> contexts, TimeProvider clock) : ITicketStore
{
    /// <summary>Compiled once: every cookie-authenticated request reads its session, so EF need not look the query up each time.</summary>
    private static readonly Func<SalesPlanningDbContext, string, Task<SignInSession?>> SessionByKey =
        EF.CompileAsyncQuery((SalesPlanningDbContext db, string key) => db.SignInSessions.AsNoTracking().FirstOrDefault(s => s.Key == key));

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(SignInSession.KeyLength / 2));
        await using var db = await contexts.CreateDbContextAsync();
        await db.SignInSessions.Where(s => s.ExpiresAt < clock.GetUtcNow()).ExecuteDeleteAsync();
        db.SignInSessions.Add(new SignInSession
        {
            Key = key,
            UserId = UserIdOf(ticket),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ExpiresAt = ticket.Properties.ExpiresUtc,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var bytes = TicketSerializer.Default.Serialize(ticket);
        // A session signed out meanwhile stays signed out: only an existing row is renewed.
        await db.SignInSessions.Where(s => s.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, bytes)
            .SetProperty(x => x.ExpiresAt, ticket.Properties.ExpiresUtc));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var session = await SessionByKey(db, key);
        return session is null || session.ExpiresAt < clock.GetUtcNow() ? null : TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private static Guid? UserIdOf(AuthenticationTicket ticket) =>
        Guid.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
