using System.Net;
using SalesPlanning.Application.Auditing;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.People;

/// <summary>Every kind of admin change to a user leaves audit rows (who, when, what, old → new), readable through /api/v1/audit.</summary>
public class UserChangeAudit(PeopleAppFixture fixture) : IClassFixture<PeopleAppFixture>
{
    private static readonly string[] RepAndManager = ["Rep", "Manager"];
    private static readonly string[] South = ["SOUTH"];

    [Fact]
    public async Task RecordsCreateUpdateMembershipDeactivateReactivateAndPasswordReset()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        var created = await admin.CreateAsync("audited@audit.test", "Audited", ["Rep"], repIn: ["EAST"]);
        var user = await admin.FindAsync(created.Email);

        using (var update = await admin.SendAsync(HttpMethod.Put, $"users/{created.Id}", new
        {
            email = "audited2@audit.test",
            displayName = "Audited Two",
            roles = RepAndManager,
            repIn = South,
            managerOf = Array.Empty<string>(),
            preferredCulture = "en",
            version = user.Version,
        }))
        {
            update.StatusCode.ShouldBe(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        }

        (await admin.SendAsync(HttpMethod.Post, $"users/{created.Id}/deactivate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.SendAsync(HttpMethod.Post, $"users/{created.Id}/reactivate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.SendAsync(HttpMethod.Post, $"users/{created.Id}/reset-password")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var rows = await fixture.AuditAsync("@audit.test");
        rows.ShouldAllBe(r => r.UserName == DemoUsers.Admin && r.UserId != null);
        rows.Select(r => (r.EntityType, r.EntityKey, r.Action, r.Field, r.OldValue, r.NewValue)).ShouldBe(
        [
            ("User", "audited@audit.test", "Created", "DisplayName", null, "Audited"),
            ("User", "audited@audit.test", "RolesChanged", "Roles", null, "Rep"),
            ("RegionMembership", "EAST/audited@audit.test", "MembershipAdded", "Role", null, "Rep"),
            ("User", "audited@audit.test", "Changed", "Email", "audited@audit.test", "audited2@audit.test"),
            ("User", "audited2@audit.test", "Changed", "DisplayName", "Audited", "Audited Two"),
            ("User", "audited2@audit.test", "Changed", "PreferredCulture", null, "en"),
            ("User", "audited2@audit.test", "RolesChanged", "Roles", "Rep", "Manager;Rep"),
            ("RegionMembership", "EAST/audited2@audit.test", "MembershipRemoved", "Role", "Rep", null),
            ("RegionMembership", "SOUTH/audited2@audit.test", "MembershipAdded", "Role", null, "Rep"),
            ("User", "audited2@audit.test", "Deactivated", "IsActive", "True", "False"),
            ("User", "audited2@audit.test", "Reactivated", "IsActive", "False", "True"),
            ("User", "audited2@audit.test", "PasswordReset", null, null, null),
        ]);
    }

    [Fact]
    public async Task SearchesTheTrailByWhoWhatAndWhenNewestFirstAPageAtATime()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        await admin.CreateAsync("search1@audit-search.test", "S1", ["Director"]);
        await admin.CreateAsync("search2@audit-search.test", "S2", ["Director"]);
        var director = await fixture.AsAsync(DemoUsers.Director);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await director.SendAsync(HttpMethod.Get,
            $"audit?who=admin@demo&entityType=User&action=Created&key=audit-search&from={today}&to={today}&take=1");

        var page = await PeopleApi.ReadAsync<AuditPage>(response);
        page.Total.ShouldBe(2);
        page.Items.ShouldHaveSingleItem().EntityKey.ShouldBe("search2@audit-search.test");
        using var skipped = await director.SendAsync(HttpMethod.Get, "audit?key=audit-search&action=Created&skip=1&take=1");
        (await PeopleApi.ReadAsync<AuditPage>(skipped)).Items.ShouldHaveSingleItem().EntityKey.ShouldBe("search1@audit-search.test");
        using var yesterday = await director.SendAsync(HttpMethod.Get, "audit?key=audit-search&to=2000-01-01");
        (await PeopleApi.ReadAsync<AuditPage>(yesterday)).Total.ShouldBe(0);
        using var reversed = await director.SendAsync(HttpMethod.Get, "audit?from=2026-02-01&to=2026-01-01");
        (await PeopleApi.ProblemErrorsAsync(reversed))["To"].ShouldBe(["The end date is before the start date."]);
    }
}
