using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>
/// Only admins change master data and settings through /api/v1 (403 for everyone else, 401 for
/// nobody signed in); signed-in users read the lists and settings; directors and admins export.
/// </summary>
public class MasterDataEndpointsAccess(MasterDataAppFixture fixture) : IClassFixture<MasterDataAppFixture>
{
    public static TheoryData<string> NonAdmins => new() { DemoUsers.Director, DemoUsers.ManagerEast, DemoUsers.Rep(1) };

    [Theory]
    [MemberData(nameof(NonAdmins))]
    public async Task RefusesEveryWriteToNonAdmins(string email)
    {
        const string audited = "audit_entries WHERE entity_type IN ('Region', 'ProductLine', 'Product', 'CustomerSegment', 'CompanySettings')";
        var before = await fixture.CountAsync(audited);
        foreach (var (method, path, body, csv) in await WritesAsync())
        {
            using var response = await fixture.SendAsync(email, method, path, body, csv);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{email} {method} {path}");
        }

        (await fixture.CountAsync(audited)).ShouldBe(before);
    }

    [Fact]
    public async Task RefusesEveryWriteToNobodySignedIn()
    {
        foreach (var (method, path, body, csv) in await WritesAsync())
        {
            using var response = await fixture.SendAsync(null, method, path, body, csv);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
        }
    }

    [Theory]
    [InlineData("regions")]
    [InlineData("product-lines")]
    [InlineData("products")]
    [InlineData("segments")]
    [InlineData("settings")]
    public async Task LetsASignedInRepRead(string path)
    {
        using var response = await fixture.SendAsync(DemoUsers.Rep(1), HttpMethod.Get, path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(DemoUsers.Director, HttpStatusCode.OK)]
    [InlineData(DemoUsers.Admin, HttpStatusCode.OK)]
    [InlineData(DemoUsers.ManagerEast, HttpStatusCode.Forbidden)]
    public async Task LetsDirectorsAndAdminsExport(string email, HttpStatusCode expected)
    {
        foreach (var list in new[] { "regions", "product-lines", "products", "segments" })
        {
            using var response = await fixture.SendAsync(email, HttpMethod.Get, $"{list}/export");
            response.StatusCode.ShouldBe(expected, list);
        }
    }

    [Fact]
    public async Task LetsAnAdminWrite()
    {
        using var create = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "segments", new { code = "API-S", nameZh = "接口", nameEn = "API", kind = "New", version = 0 });
        create.StatusCode.ShouldBe(HttpStatusCode.OK, await create.Content.ReadAsStringAsync());

        using var invalid = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "products", new { code = "", nameZh = "", nameEn = "x", unit = "台", productLineId = Guid.Empty, version = 0 });
        var problem = await TargetsApi.ProblemAsync(invalid, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull()["Code"].ShouldBe(["Enter a code."]);
    }

    private async Task<List<(HttpMethod Method, string Path, object? Body, string? Csv)>> WritesAsync()
    {
        var product = (await fixture.MasterDataQueries().ListProductsAsync())[0];
        var region = fixture.Ids.East;
        var settings = await fixture.Settings().GetAsync();
        var list = new List<(HttpMethod, string, object?, string?)>
        {
            (HttpMethod.Post, "regions", new { code = "X1", name = "X", version = 0 }, null),
            (HttpMethod.Put, $"regions/{region}", new { code = "EAST", name = "X", version = 0 }, null),
            (HttpMethod.Post, "product-lines", new { code = "X1", nameZh = "X", nameEn = "X", version = 0 }, null),
            (HttpMethod.Put, $"product-lines/{product.ProductLineId}", new { code = "X", nameZh = "X", nameEn = "X", version = 0 }, null),
            (HttpMethod.Post, "products", new { code = "X1", nameZh = "X", nameEn = "X", unit = "台", productLineId = product.ProductLineId, version = 0 }, null),
            (HttpMethod.Put, $"products/{product.Id}", new { code = "X", nameZh = "X", nameEn = "X", unit = "台", productLineId = product.ProductLineId, version = 0 }, null),
            (HttpMethod.Post, "segments", new { code = "X1", nameZh = "X", nameEn = "X", kind = "New", version = 0 }, null),
            (HttpMethod.Put, "settings", settings, null),
            (HttpMethod.Post, "regions/import", null, "code,name,manager_email\nX1,X,\n"),
            (HttpMethod.Post, "regions/import?dryRun=true", null, "code,name,manager_email\nX1,X,\n"),
            (HttpMethod.Post, "products/import", null, $"code,name_zh,name_en,unit,product_line_code\nX1,X,X,台,{product.ProductLineCode}\n"),
        };
        foreach (var (kind, id) in new[] { ("regions", region), ("product-lines", product.ProductLineId), ("products", product.Id), ("segments", Guid.NewGuid()) })
        {
            list.Add((HttpMethod.Post, $"{kind}/{id}/deactivate", null, null));
            list.Add((HttpMethod.Post, $"{kind}/{id}/reactivate", null, null));
            list.Add((HttpMethod.Delete, $"{kind}/{id}", null, null));
        }

        return list;
    }
}
