using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>Every admin change leaves an audit row: who, when, what, old → new.</summary>
public class MasterDataChangeAudit(MasterDataAppFixture fixture) : IClassFixture<MasterDataAppFixture>
{
    [Fact]
    public async Task RecordsEachKindOfRegionChange()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var service = fixture.MasterData();
        var east = fixture.Ids.User(DemoUsers.ManagerEast);
        var south = fixture.Ids.User(DemoUsers.ManagerSouth);

        var id = (await service.SaveRegionAsync(admin, new SaveRegion(null, "aud-r", "审计区", east))).Value;
        var version = await RegionVersionAsync(admin, id);
        (await service.SaveRegionAsync(admin, new SaveRegion(id, "AUD-R", "审计区 Audit", south, version))).IsOk.ShouldBeTrue();
        (await service.SetActiveAsync(admin, MasterDataKind.Region, id, active: false)).IsOk.ShouldBeTrue();
        (await service.SetActiveAsync(admin, MasterDataKind.Region, id, active: true)).IsOk.ShouldBeTrue();

        var rows = await fixture.AuditAsync("Region", "AUD-R");
        rows.ShouldBe(
        [
            ("Created", null, null, "审计区; manager manager.east@demo.local"),
            ("Changed", "Name", "审计区", "审计区 Audit"),
            ("Changed", "Manager", "manager.east@demo.local", "manager.south@demo.local"),
            ("Deactivated", "IsActive", "true", "false"),
            ("Reactivated", "IsActive", "false", "true"),
        ]);
        var who = await fixture.QuerySqlAsync(
            "SELECT DISTINCT user_id, user_name FROM audit_entries WHERE entity_key = 'AUD-R'", r => (r.GetGuid(0), r.GetString(1)));
        who.ShouldBe([(admin.UserId, DemoUsers.Admin)]);
    }

    [Fact]
    public async Task RecordsProductAndSegmentChangesFieldByField()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var service = fixture.MasterData();
        var product = (await fixture.MasterDataQueries().ListProductsAsync())[0];
        var segment = (await fixture.MasterDataQueries().ListSegmentsAsync()).Single(s => s.Kind == SegmentKind.KeyAccount);

        (await service.SaveProductAsync(admin, new SaveProduct(product.Id, product.Code, product.NameZh, "Renamed", "箱", product.ProductLineId, product.Version))).IsOk.ShouldBeTrue();
        (await service.SaveSegmentAsync(admin, new SaveSegment(segment.Id, segment.Code, segment.NameZh, segment.NameEn, SegmentKind.Existing, segment.Version))).IsOk.ShouldBeTrue();

        (await fixture.AuditAsync("Product", product.Code)).ShouldBe(
            [("Changed", "NameEn", product.NameEn, "Renamed"), ("Changed", "Unit", product.Unit, "箱")]);
        (await fixture.AuditAsync("CustomerSegment", segment.Code)).ShouldBe([("Changed", "Kind", "KeyAccount", "Existing")]);
    }

    [Fact]
    public async Task RefusesAChangeMadeFromAStaleRead()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var service = fixture.MasterData();
        var line = (await fixture.MasterDataQueries().ListProductLinesAsync())[0];

        (await service.SaveProductLineAsync(admin, new SaveProductLine(line.Id, line.Code, line.NameZh, "First", line.Version))).IsOk.ShouldBeTrue();
        var second = await service.SaveProductLineAsync(admin, new SaveProductLine(line.Id, line.Code, line.NameZh, "Second", line.Version));

        second.Status.ShouldBe(Application.Common.ResultStatus.Conflict);
        (await fixture.MasterDataQueries().ListProductLinesAsync()).Single(l => l.Id == line.Id).NameEn.ShouldBe("First");
    }

    [Fact]
    public async Task RecordsSettingsChangesAndTheDemoCompanyHasItsName()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var settings = fixture.Settings();
        var current = await settings.GetAsync();
        current.CompanyName.ShouldBe("华远示范科技 Demo Co.");
        current.Version.ShouldNotBe(0u);

        (await settings.SaveAsync(admin, current with { ReviewDeadlineDays = 5, RepSevereRatePercent = 55m })).IsOk.ShouldBeTrue();

        (await fixture.AuditAsync("CompanySettings", "company")).ShouldBe(
            [("Changed", nameof(SettingsView.ReviewDeadlineDays), "3", "5"), ("Changed", nameof(SettingsView.RepSevereRatePercent), "60", "55")],
            ignoreOrder: true);
    }

    private async Task<uint> RegionVersionAsync(Application.Common.Actor admin, Guid id) =>
        (await fixture.MasterDataQueries().ListRegionsAsync(admin)).Value!.Single(r => r.Id == id).Version;
}
