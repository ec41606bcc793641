using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Identity;
using SalesPlanning.Infrastructure.Persistence;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hosting;

/// <summary>Loading the demo company at start-up (<c>SalesPlanning:DemoData</c>).</summary>
public class DemoDataLoad
{
    [Fact]
    public async Task LoadsADirectorAnAdminThreeRegionsTenProductsAndThreeSegments()
    {
        await using var db = TestDatabases.CreateContext(await DemoDatabase.ConnectionStringAsync());

        (await db.Users.CountAsync()).ShouldBe(17);
        (await db.Roles.Select(r => r.Name!).ToListAsync()).ShouldBe(Roles.All, ignoreOrder: true);
        (await UsersInRoleAsync(db, Roles.Director)).ShouldBe([DemoUsers.Director]);
        (await UsersInRoleAsync(db, Roles.Admin)).ShouldBe([DemoUsers.Admin]);
        (await UsersInRoleAsync(db, Roles.Manager)).ShouldBe(
            [DemoUsers.ManagerEast, DemoUsers.ManagerNorth, DemoUsers.ManagerSouth], ignoreOrder: true);
        (await UsersInRoleAsync(db, Roles.Rep)).ShouldBe(Enumerable.Range(1, 12).Select(DemoUsers.Rep), ignoreOrder: true);
        (await db.ProductLines.CountAsync()).ShouldBe(3);
        (await db.Products.CountAsync()).ShouldBe(10);
        (await db.CustomerSegments.CountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task GivesEachRegionOneManagerAndFourReps()
    {
        await using var db = TestDatabases.CreateContext(await DemoDatabase.ConnectionStringAsync());

        var members = await db.RegionMemberships
            .Join(db.Regions, m => m.RegionId, r => r.Id, (m, r) => new { r.Code, m.Role, m.UserId })
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Code, m.Role, u.Email })
            .ToListAsync();

        members.Select(m => m.Code).Distinct().ShouldBe(["EAST", "SOUTH", "NORTH"], ignoreOrder: true);
        Emails(MemberRole.Manager, "EAST").ShouldBe([DemoUsers.ManagerEast]);
        Emails(MemberRole.Manager, "SOUTH").ShouldBe([DemoUsers.ManagerSouth]);
        Emails(MemberRole.Manager, "NORTH").ShouldBe([DemoUsers.ManagerNorth]);
        Emails(MemberRole.Rep, "EAST").ShouldBe(Enumerable.Range(1, 4).Select(DemoUsers.Rep), ignoreOrder: true);
        Emails(MemberRole.Rep, "SOUTH").ShouldBe(Enumerable.Range(5, 4).Select(DemoUsers.Rep), ignoreOrder: true);
        Emails(MemberRole.Rep, "NORTH").ShouldBe(Enumerable.Range(9, 4).Select(DemoUsers.Rep), ignoreOrder: true);

        IEnumerable<string?> Emails(MemberRole role, string region) =>
            members.Where(m => m.Code == region && m.Role == role).Select(m => m.Email);
    }

    [Fact]
    public async Task LoadsNothingAgainWhenASecondInstanceStartsOnTheSameDatabase()
    {
        var connectionString = await TestDatabases.CreateMigratedAsync();
        await using (var first = new SalesPlanningApp(connectionString, demoData: true))
        {
            first.StartServer();
        }

        await using (var second = new SalesPlanningApp(connectionString, demoData: true))
        {
            second.StartServer();
        }

        await using var db = TestDatabases.CreateContext(connectionString);
        (await db.Users.CountAsync()).ShouldBe(17);
        (await db.UserRoles.CountAsync()).ShouldBe(17);
        (await db.Regions.CountAsync()).ShouldBe(3);
        (await db.RegionMemberships.CountAsync()).ShouldBe(15);
        (await db.ProductLines.CountAsync()).ShouldBe(3);
        (await db.Products.CountAsync()).ShouldBe(10);
        (await db.CustomerSegments.CountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task LoadsNoUsersWhenTurnedOff()
    {
        var connectionString = await TestDatabases.CreateMigratedAsync();

        await using (var app = new SalesPlanningApp(connectionString, demoData: false))
        {
            app.StartServer();
        }

        await using var db = TestDatabases.CreateContext(connectionString);
        (await db.Users.CountAsync()).ShouldBe(0);
        (await db.Regions.CountAsync()).ShouldBe(0);
        (await db.Products.CountAsync()).ShouldBe(0);
        (await db.Roles.Select(r => r.Name!).ToListAsync()).ShouldBe(Roles.All, ignoreOrder: true);
    }

    private static Task<List<string?>> UsersInRoleAsync(SalesPlanningDbContext db, string role) =>
        db.UserRoles
            .Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users, id => id, u => u.Id, (_, u) => u.Email)
            .ToListAsync();
}
