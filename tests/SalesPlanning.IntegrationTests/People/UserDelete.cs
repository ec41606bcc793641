using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.People;

/// <summary>Only a user who was never used can be deleted; anyone else is refused (deactivate instead).</summary>
public class UserDelete(PeopleAppFixture fixture) : IClassFixture<PeopleAppFixture>
{
    private const string InUse = "This user has been used (signed in, belongs or belonged to a region, or has targets, figures or audit entries), so they cannot be deleted: deactivate them instead.";

    [Fact]
    public async Task DeletesAUserWhoWasNeverUsed()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        var created = await admin.CreateAsync("unused@delete.test", "Unused", ["Director"]);

        using var response = await admin.SendAsync(HttpMethod.Delete, $"users/{created.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.SendAsync(HttpMethod.Get, $"users/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.AuditAsync("unused@delete.test")).Select(a => a.Action).ShouldBe(["Created", "RolesChanged", "Deleted"]);
    }

    [Theory]
    [InlineData("rep with history and a region")]
    [InlineData("user who signed in")]
    [InlineData("user put in a region")]
    public async Task RefusesAUsedUser(string who)
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        Guid id;
        switch (who)
        {
            case "rep with history and a region":
                id = (await admin.FindAsync(DemoUsers.Rep(3))).Id;
                break;
            case "user who signed in":
                var signedIn = await admin.CreateAsync("signed.in@delete.test", "Signed In", ["Director"]);
                await HttpSignIn.LoginAsync(fixture.App.CreateRawClient(), signedIn.Email, signedIn.OneTimePassword);
                id = signedIn.Id;
                break;
            default:
                id = (await admin.CreateAsync("in.region@delete.test", "In Region", ["Rep"], repIn: ["NORTH"])).Id;
                break;
        }

        using var response = await admin.SendAsync(HttpMethod.Delete, $"users/{id}");

        (await PeopleApi.ProblemErrorsAsync(response))[""].ShouldBe([InUse]);
        (await admin.SendAsync(HttpMethod.Get, $"users/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
