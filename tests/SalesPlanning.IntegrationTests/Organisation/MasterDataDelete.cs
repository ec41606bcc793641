using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>Only what was never used can be deleted; everything else is refused (and can be deactivated).</summary>
public class MasterDataDelete(MasterDataAppFixture fixture) : IClassFixture<MasterDataAppFixture>
{
    [Fact]
    public async Task RefusesARegionWithPeopleTargetsOrActuals()
    {
        var result = await fixture.MasterData().DeleteAsync(await Admin(), MasterDataKind.Region, fixture.Ids.East);

        ShouldBeInUse(result);
        (await fixture.CountAsync("regions WHERE code = 'EAST'")).ShouldBe(1);
    }

    [Fact]
    public async Task RefusesAProductWithActualsAndALineWithProducts()
    {
        var product = (await fixture.MasterDataQueries().ListProductsAsync())[0];
        var admin = await Admin();

        ShouldBeInUse(await fixture.MasterData().DeleteAsync(admin, MasterDataKind.Product, product.Id));
        ShouldBeInUse(await fixture.MasterData().DeleteAsync(admin, MasterDataKind.ProductLine, product.ProductLineId));
    }

    [Fact]
    public async Task RefusesASegmentUsedInABreakdown()
    {
        var segment = (await fixture.MasterDataQueries().ListSegmentsAsync())[0];
        var director = await fixture.ActorAsync(DemoUsers.Director);
        var targets = fixture.CreateService();
        var period = Period.From(2028, 1);
        (await targets.SetCompanyTargetAsync(director, new SetTargetAmount(period, Metric.SalesAmount, 1000m, null))).IsOk.ShouldBeTrue();
        var version = (await targets.GetTargetsAsync(director, period, TargetScope.Company)).Value!.Metrics[0].Version;
        var saved = await targets.SaveBreakdownAsync(director, new SaveBreakdown(
            period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.CustomerSegment, new Dictionary<Guid, decimal> { [segment.Id] = 400m }, version));
        saved.IsOk.ShouldBeTrue(string.Join(" ", saved.Errors.SelectMany(e => e.Value)));

        ShouldBeInUse(await fixture.MasterData().DeleteAsync(await Admin(), MasterDataKind.CustomerSegment, segment.Id));
    }

    [Fact]
    public async Task DeletesWhatWasNeverUsedAndAuditsIt()
    {
        var admin = await Admin();
        var service = fixture.MasterData();
        var region = (await service.SaveRegionAsync(admin, new SaveRegion(null, "DEL-R", "待删除区域", null))).Value;
        var line = (await service.SaveProductLineAsync(admin, new SaveProductLine(null, "DEL-L", "待删除产品线", "To delete"))).Value;
        var product = (await service.SaveProductAsync(admin, new SaveProduct(null, "DEL-P", "待删除产品", "To delete", "台", line))).Value;
        var segment = (await service.SaveSegmentAsync(admin, new SaveSegment(null, "DEL-S", "待删除", "To delete", SegmentKind.New))).Value;

        ShouldBeInUse(await service.DeleteAsync(admin, MasterDataKind.ProductLine, line));
        (await service.DeleteAsync(admin, MasterDataKind.Region, region)).IsOk.ShouldBeTrue();
        (await service.DeleteAsync(admin, MasterDataKind.Product, product)).IsOk.ShouldBeTrue();
        (await service.DeleteAsync(admin, MasterDataKind.ProductLine, line)).IsOk.ShouldBeTrue();
        (await service.DeleteAsync(admin, MasterDataKind.CustomerSegment, segment)).IsOk.ShouldBeTrue();

        (await fixture.CountAsync("regions WHERE code = 'DEL-R'")).ShouldBe(0);
        (await fixture.CountAsync("products WHERE code = 'DEL-P'")).ShouldBe(0);
        (await fixture.AuditAsync("Region", "DEL-R")).Select(a => a.Action).ShouldBe(["Created", "Deleted"]);
        (await fixture.AuditAsync("ProductLine", "DEL-L")).Select(a => a.Action).ShouldBe(["Created", "Deleted"]);
        (await fixture.AuditAsync("CustomerSegment", "DEL-S")).Select(a => a.Action).ShouldBe(["Created", "Deleted"]);
    }

    private Task<Actor> Admin() => fixture.ActorAsync(DemoUsers.Admin);

    private static void ShouldBeInUse(Result<Guid> result)
    {
        result.Status.ShouldBe(ResultStatus.Invalid);
        result.Errors[""].ShouldBe([MasterDataMessages.InUse]);
    }
}
