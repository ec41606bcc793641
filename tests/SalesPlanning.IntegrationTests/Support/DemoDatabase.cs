using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// One database with the demo company, loaded by the app at start-up exactly as <c>./run.sh</c> does,
/// shared by the test classes that only read it (they must not change it).
/// </summary>
public static class DemoDatabase
{
    private static readonly Lazy<Task<string>> LazyConnectionString = new(LoadAsync);

    public static Task<string> ConnectionStringAsync() => LazyConnectionString.Value;

    /// <summary>The actor for a demo user, with the roles the database gives them.</summary>
    public static async Task<Actor> ActorAsync(string email)
    {
        await using var db = TestDatabases.CreateContext(await ConnectionStringAsync());
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        return new Actor(user.Id, roles.ToHashSet(StringComparer.Ordinal));
    }

    public static async Task<Guid> RegionIdAsync(string code)
    {
        await using var db = TestDatabases.CreateContext(await ConnectionStringAsync());
        return await db.Regions.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
    }

    private static async Task<string> LoadAsync()
    {
        var connectionString = await TestDatabases.CreateMigratedAsync();
        await using var app = new SalesPlanningApp(connectionString, demoData: true);
        app.StartServer();
        return connectionString;
    }
}
