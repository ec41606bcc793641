using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Api;

/// <summary>POST /api/v1/auth/login. Tests that change a user each use a user of their own.</summary>
public class AuthLogin(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private SalesPlanningApp App => fixture.App;

    [Fact]
    public async Task IssuesABearerTokenThatMeAccepts()
    {
        using var client = App.CreateRawClient();

        var tokens = await HttpSignIn.LoginAsync(client, DemoUsers.ManagerEast);

        tokens.TokenType.ShouldBe("Bearer");
        tokens.ExpiresIn.ShouldBeGreaterThan(0);
        using var response = await HttpSignIn.GetMeWithBearerAsync(client, tokens.AccessToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await response.Content.ReadFromJsonAsync<MeResponse>();
        me.ShouldNotBeNull();
        me.Email.ShouldBe(DemoUsers.ManagerEast);
        me.DisplayName.ShouldBe("李明 Li Ming");
        me.Roles.ShouldBe(["Manager"]);
        var region = me.Regions.ShouldHaveSingleItem();
        region.RegionCode.ShouldBe("EAST");
        region.RegionName.ShouldBe("华东区 East");
        region.Role.ShouldBe("Manager");
    }

    [Fact]
    public async Task RejectsAWrongPasswordWith401()
    {
        using var client = App.CreateRawClient();

        using var response = await HttpSignIn.PostLoginAsync(client, DemoUsers.Director, "Wrong#2026");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        problem.ShouldNotBeNull();
        problem.Status.ShouldBe(401);
    }

    [Fact]
    public async Task RejectsAnUnknownEmailWith401()
    {
        using var client = App.CreateRawClient();

        using var response = await HttpSignIn.PostLoginAsync(client, "nobody@demo.local", DemoUsers.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LocksTheAccountAfterFiveWrongPasswords()
    {
        using var client = App.CreateRawClient();
        var user = DemoUsers.Rep(5);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await HttpSignIn.PostLoginAsync(client, user, "Wrong#2026");
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var right = await HttpSignIn.PostLoginAsync(client, user, DemoUsers.Password);

        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = await right.Content.ReadFromJsonAsync<ProblemDetails>();
        problem.ShouldNotBeNull();
        problem.Detail.ShouldNotBeNull().ShouldContain("Locked out");
    }

    [Fact]
    public async Task RefusesADeactivatedUser()
    {
        using var client = App.CreateRawClient();
        var user = DemoUsers.Rep(6);
        await HttpSignIn.LoginAsync(client, user);

        await using (var db = TestDatabases.CreateContext(App.ConnectionString))
        {
            (await db.Users.Where(u => u.Email == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false))).ShouldBe(1);
        }

        using var response = await HttpSignIn.PostLoginAsync(client, user, DemoUsers.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
