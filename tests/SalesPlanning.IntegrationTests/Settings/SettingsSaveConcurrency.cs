using System.Net;
using System.Net.Http.Json;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Settings;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Settings;

/// <summary>
/// Settings are one row: defaults until the first save inserts it; a save made from a stale read
/// (another admin saved meanwhile) is refused with a conflict and changes nothing.
/// </summary>
public class SettingsSaveConcurrency(MasterDataAppFixture fixture) : IClassFixture<MasterDataAppFixture>
{
    [Fact]
    public async Task InsertsOnTheFirstSaveAndRefusesAStaleSecondSave()
    {
        await fixture.ExecuteSqlAsync("DELETE FROM company_settings");
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var first = fixture.Settings();
        var second = fixture.Settings();
        var read = await first.GetAsync();
        read.Version.ShouldBe(0u);
        read.ReviewDeadlineDays.ShouldBe(3);
        read.CurrencyCode.ShouldBe("CNY");

        var saved = await first.SaveAsync(admin, read with { CompanyName = "First Co.", ReviewDeadlineDays = 4 });
        var stale = await second.SaveAsync(admin, read with { CompanyName = "Second Co.", ReviewDeadlineDays = 7 });

        saved.IsOk.ShouldBeTrue();
        stale.Status.ShouldBe(ResultStatus.Conflict);
        var now = await first.GetAsync();
        now.CompanyName.ShouldBe("First Co.");
        now.ReviewDeadlineDays.ShouldBe(4);
        now.Version.ShouldBe(saved.Value);

        var later = await first.SaveAsync(admin, now with { ReviewDeadlineDays = 6 });
        var staleAgain = await second.SaveAsync(admin, now with { ReviewDeadlineDays = 9 });
        later.IsOk.ShouldBeTrue();
        staleAgain.Status.ShouldBe(ResultStatus.Conflict);
        (await first.GetAsync()).ReviewDeadlineDays.ShouldBe(6);
    }

    [Fact]
    public async Task AnswersAStaleSaveThroughTheApiWith409AndBadValuesWithFieldMessages()
    {
        using var get = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, "settings");
        var current = (await get.Content.ReadFromJsonAsync<SettingsView>(TargetsApi.Json)).ShouldNotBeNull();

        using var bad = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings", current with { ReviewDeadlineDays = 0, CurrencyCode = "¥" });
        var problem = await TargetsApi.ProblemAsync(bad, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull()["ReviewDeadlineDays"].ShouldBe(["Enter 1 to 60 days."]);
        problem.Errors["CurrencyCode"].ShouldBe(["A currency code is three letters, such as CNY."]);

        using var ok = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings", current with { ReviewDeadlineDays = 10 });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        using var stale = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings", current with { ReviewDeadlineDays = 11 });
        await TargetsApi.ProblemAsync(stale, HttpStatusCode.Conflict);

        using var reread = await fixture.SendAsync(DemoUsers.Rep(1), HttpMethod.Get, "settings");
        (await reread.Content.ReadFromJsonAsync<SettingsView>(TargetsApi.Json)).ShouldNotBeNull().ReviewDeadlineDays.ShouldBe(10);
    }
}
