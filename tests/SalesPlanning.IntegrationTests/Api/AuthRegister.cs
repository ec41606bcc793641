using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Api;

/// <summary>POST /api/v1/auth/register: there is no self-registration; an admin creates users.</summary>
public class AuthRegister(EmptyAppFixture fixture) : IClassFixture<EmptyAppFixture>
{
    [Fact]
    public async Task IsNotOfferedAndCreatesNoUser()
    {
        using var client = fixture.App.CreateRawClient();

        using var response = await client.PostAsJsonAsync(
            "api/v1/auth/register", new { email = "new@demo.local", password = DemoUsers.Password });

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        await using var db = TestDatabases.CreateContext(fixture.App.ConnectionString);
        (await db.Users.CountAsync()).ShouldBe(0);
    }
}
