using System.Net;
using SalesPlanning.Application.People;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.People;

/// <summary>CSV import of users through /api/v1/users/import: all or nothing, a problem per bad line.</summary>
public class UsersImport(PeopleAppFixture fixture) : IClassFixture<PeopleAppFixture>
{
    [Fact]
    public async Task SavesNothingWhenAnyLineIsBadAndNamesEachBadLine()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        const string csv = "email,name,roles,rep_in,manager_of\n"
            + "good.one@import.test,好人一,Rep,EAST,\n"
            + "bad.region@import.test,Bad Region,Rep,NOWHERE,\n"
            + "good.two@import.test,Good Two,Rep,SOUTH,\n"
            + "rep01@demo.local,Taken,Rep,,\n"
            + "no.role@import.test,No Role,,,\n"
            + "manager.without.role@import.test,M,Rep,,EAST\n";

        using var response = await admin.ImportAsync(csv);

        var errors = await PeopleApi.ProblemErrorsAsync(response);
        errors.Keys.ShouldBe(["line 3: rep_in", "line 5: email", "line 6: roles", "line 7: manager_of"], ignoreOrder: true);
        errors["line 5: email"].ShouldBe(["A user with this e-mail address already exists."]);
        using var list = await admin.SendAsync(HttpMethod.Get, "users?search=import.test");
        (await PeopleApi.ReadAsync<UserPage>(list)).Total.ShouldBe(0);
        (await fixture.AuditAsync("import.test")).ShouldBeEmpty();
    }

    [Fact]
    public async Task PreviewsEveryLineWithoutSaving()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);

        using var response = await admin.ImportAsync("email,name,roles\npreview@import2.test,Preview,Rep\nbroken@import2.test,\"Broken\n", preview: true);

        var preview = await PeopleApi.ReadAsync<UserImportPreview>(response);
        preview.Rows.Select(r => (r.Line, r.IsValid)).ShouldBe([(2, true)]);
        // In the caller's language, not the message key (issue 16).
        preview.Errors.Select(e => (e.Line, e.Message)).ShouldBe([(3, "A quoted field is not closed.")]);
        using var list = await admin.SendAsync(HttpMethod.Get, "users?search=import2.test");
        (await PeopleApi.ReadAsync<UserPage>(list)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task CreatesEveryUserOfAGoodFileWithRolesRegionsAndOneTimePasswords()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);
        const string csv = "Email,Name,Roles,Rep_In,Manager_Of,Language\r\n"
            + "\"chen.jing@import3.test\",\"陈静\",rep,\"EAST;SOUTH\",,zh-CN\r\n"
            + "\"smith@import3.test\",\"Smith, Jo\",Rep|Manager,NORTH,,en\r\n";

        using var response = await admin.ImportAsync(csv);

        var created = await PeopleApi.ReadAsync<List<CreatedUser>>(response);
        created.Select(c => c.Email).ShouldBe(["chen.jing@import3.test", "smith@import3.test"]);
        created.ShouldAllBe(c => c.OneTimePassword.Length == 12);
        var chen = await admin.FindAsync("chen.jing@import3.test");
        chen.DisplayName.ShouldBe("陈静");
        chen.Roles.ShouldBe(["Rep"]);
        chen.RepIn.ShouldBe(["EAST", "SOUTH"]);
        chen.PreferredCulture.ShouldBe("zh-CN");
        chen.MustChangePassword.ShouldBeTrue();
        (await admin.FindAsync("smith@import3.test")).DisplayName.ShouldBe("Smith, Jo");
        var audit = await fixture.AuditAsync("chen.jing@import3.test");
        audit.Select(a => a.Action).ShouldBe(["Created", "RolesChanged", "MembershipAdded", "MembershipAdded"]);
        audit.ShouldAllBe(a => a.Comment == "CSV import" && a.UserName == DemoUsers.Admin);

        using var again = await admin.ImportAsync(csv);
        (await PeopleApi.ProblemErrorsAsync(again)).Keys.ShouldBe(["line 2: email", "line 3: email"]);
    }

    [Fact]
    public async Task ExportsEveryUserAsCsvThatReadsBack()
    {
        var admin = await fixture.AsAsync(DemoUsers.Admin);

        using var response = await admin.SendAsync(HttpMethod.Get, "users/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(System.Text.Encoding.UTF8.GetPreamble());
        var read = Application.Csv.CsvReader.Read(System.Text.Encoding.UTF8.GetString(bytes), UserCsv.Layout);
        read.IsValid.ShouldBeTrue();
        var rep01 = read.Rows.Single(r => r["email"] == DemoUsers.Rep(1));
        rep01["roles"].ShouldBe("Rep");
        rep01["rep_in"].ShouldBe("EAST");
        rep01["active"].ShouldBe("true");
    }
}
