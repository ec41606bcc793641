using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.People;

/// <summary>
/// Only admins read and change users; directors and admins read the audit trail; everyone changes
/// their own password and language; nobody signed in gets 401.
/// </summary>
public class PeopleEndpointsAccess(PeopleAppFixture fixture) : IClassFixture<PeopleAppFixture>
{
    private const string Anonymous = "anonymous";
    private static readonly string[] RepOnly = ["Rep"];

    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var operation in new[] { "list users", "create user", "update user", "deactivate user", "reactivate user", "reset password", "delete user", "import users", "export users" })
        {
            data.Add(DemoUsers.Director, operation, 403);
            data.Add(DemoUsers.ManagerEast, operation, 403);
            data.Add(DemoUsers.Rep(2), operation, 403);
            data.Add(Anonymous, operation, 401);
        }

        data.Add(DemoUsers.Director, "read audit", 200);
        data.Add(DemoUsers.Admin, "read audit", 200);
        data.Add(DemoUsers.ManagerEast, "read audit", 403);
        data.Add(DemoUsers.Rep(2), "read audit", 403);
        data.Add(Anonymous, "read audit", 401);
        data.Add(DemoUsers.Rep(2), "set own language", 204);
        data.Add(Anonymous, "set own language", 401);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AnswersEachRoleAsTheAccessRulesSay(string user, string operation, int expected)
    {
        var api = user == Anonymous ? fixture.Anonymous : await fixture.AsAsync(user);
        var target = (await (await fixture.AsAsync(DemoUsers.Admin)).FindAsync(DemoUsers.Rep(4))).Id;

        using var response = operation switch
        {
            "list users" => await api.SendAsync(HttpMethod.Get, "users"),
            "create user" => await api.CreateRawAsync("nobody@access.test", "Nobody", ["Rep"]),
            "update user" => await api.SendAsync(HttpMethod.Put, $"users/{target}", new { email = "x@access.test", displayName = "X", roles = RepOnly, version = "v" }),
            "deactivate user" => await api.SendAsync(HttpMethod.Post, $"users/{target}/deactivate"),
            "reactivate user" => await api.SendAsync(HttpMethod.Post, $"users/{target}/reactivate"),
            "reset password" => await api.SendAsync(HttpMethod.Post, $"users/{target}/reset-password"),
            "delete user" => await api.SendAsync(HttpMethod.Delete, $"users/{target}"),
            "import users" => await api.ImportAsync("email,name,roles\nimported@access.test,I,Rep\n"),
            "export users" => await api.SendAsync(HttpMethod.Get, "users/export"),
            "read audit" => await api.SendAsync(HttpMethod.Get, "audit"),
            "set own language" => await api.SendAsync(HttpMethod.Put, "me/language", new { culture = "en" }),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        ((int)response.StatusCode).ShouldBe(expected, $"{user}: {operation} answered {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task ChangesNothingWhenAWriteIsForbidden()
    {
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.CreateRawAsync("forbidden@access.test", "Forbidden", ["Admin"]);
        await director.ImportAsync("email,name,roles\nforbidden2@access.test,I,Admin\n");

        (await fixture.AuditAsync("access.test")).ShouldBeEmpty();
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        using var list = await admin.SendAsync(HttpMethod.Get, "users?search=access.test");
        (await PeopleApi.ReadAsync<Application.People.UserPage>(list)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task MakesANewUserChangeTheOneTimePasswordBeforeUsingTheApi()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        var created = await admin.CreateAsync("first.time@access-otp.test", "First Time", ["Rep"], repIn: ["EAST"]);
        var user = await fixture.AsAsync(created.Email, created.OneTimePassword);

        (await user.SendAsync(HttpMethod.Get, "targets/2027-01/reps/" + created.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var weak = await user.SendAsync(HttpMethod.Post, "me/password", new { currentPassword = created.OneTimePassword, newPassword = "short" });
        (await PeopleApi.ProblemErrorsAsync(weak))["NewPassword"].ShouldContain("Too short: at least 8 characters.");
        using var wrong = await user.SendAsync(HttpMethod.Post, "me/password", new { currentPassword = "Wrong#2026x", newPassword = "Mine#2026x" });
        (await PeopleApi.ProblemErrorsAsync(wrong))["CurrentPassword"].ShouldBe(["The current password is wrong."]);
        using var changed = await user.SendAsync(HttpMethod.Post, "me/password", new { currentPassword = created.OneTimePassword, newPassword = "Mine#2026x" });
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await changed.Content.ReadAsStringAsync());

        (await user.SendAsync(HttpMethod.Get, "me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await fixture.AsAsync(created.Email, "Mine#2026x");
        (await again.SendAsync(HttpMethod.Get, "targets/2027-01/reps/" + created.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.FindAsync(created.Email)).MustChangePassword.ShouldBeFalse();
    }
}
