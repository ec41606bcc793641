using System.Net;
using System.Xml.Linq;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>
/// A master data change the organisation's rules refuse reaches the caller in their language: the domain names
/// the rule by code, the service by message key, the page or the API shows its text (issue 12, item 1).
/// </summary>
public class MasterDataRefusalLanguage(MasterDataAppFixture fixture) : IClassFixture<MasterDataAppFixture>
{
    private static readonly string[] Fields = ["", "Code", "Name", "NameZh", "NameEn", "Unit", "Kind", "ProductLineId", "ManagerId", "RepIds", "Members"];

    [Fact]
    public async Task RefusesToMoveAProductIntoAnInactiveLineInTheCallersLanguage()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var line = (await fixture.MasterData().SaveProductLineAsync(admin, new SaveProductLine(null, "OLD-LINE", "旧产品线", "Old line"))).Value;
        (await fixture.MasterData().SetActiveAsync(admin, MasterDataKind.ProductLine, line, active: false)).IsOk.ShouldBeTrue();
        var product = (await fixture.MasterDataQueries().ListProductsAsync())[0];
        var body = new { code = product.Code, nameZh = product.NameZh, nameEn = "Moved", unit = product.Unit, productLineId = line, version = product.Version };

        foreach (var (language, message) in new[] { ("zh-CN", "该产品线已停用，请选择启用的产品线。"), ("en", "This product line is inactive; choose an active one.") })
        {
            using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, $"products/{product.Id}", body, language: language);

            var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
            problem.Errors.ShouldNotBeNull().ShouldHaveSingleItem().Key.ShouldBe("ProductLineId");
            problem.Errors["ProductLineId"].ShouldBe([message]);
        }

        var after = (await fixture.MasterDataQueries().ListProductsAsync()).Single(p => p.Id == product.Id);
        (after.ProductLineId, after.NameEn).ShouldBe((product.ProductLineId, product.NameEn));
        (await fixture.AuditAsync("Product", product.Code)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RefusesToReactivateAnActiveItemInTheCallersLanguage()
    {
        var product = (await fixture.MasterDataQueries().ListProductsAsync()).First(p => p.IsActive);

        foreach (var (language, message) in new[] { ("zh-CN", "该项目已是启用状态。"), ("en", "This item is already active.") })
        {
            using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, $"products/{product.Id}/reactivate", language: language);

            var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
            problem.Messages().ShouldBe([message]);
        }
    }

    [Fact]
    public async Task RefusesAnImportedProductInAnInactiveLineInTheCallersLanguage()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var line = (await fixture.MasterData().SaveProductLineAsync(admin, new SaveProductLine(null, "GONE-LINE", "停用产品线", "Gone line"))).Value;
        (await fixture.MasterData().SetActiveAsync(admin, MasterDataKind.ProductLine, line, active: false)).IsOk.ShouldBeTrue();
        const string csv = "code,name_zh,name_en,unit,product_line_code\nNEW-IN-GONE,新品,New,台,GONE-LINE\n";

        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "products/import", csv: csv, language: "zh-CN");

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull()["line 2"].ShouldBe(["该产品线已停用，请选择启用的产品线。"]);
        (await fixture.CountAsync("products WHERE code = 'NEW-IN-GONE'")).ShouldBe(0);
    }

    [Fact]
    public void NamesEveryOrganisationRuleInBothLanguages()
    {
        var codes = typeof(OrganisationRules).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        codes.Count.ShouldBeGreaterThan(10);
        var english = Keys("SharedResource.resx");
        var chinese = Keys("SharedResource.zh-CN.resx");

        var missing = codes.SelectMany(code => Fields.Select(field => MasterDataMessages.For(new OrganisationProblem(field, code))))
            .Distinct()
            .Where(key => !english.Contains(key) || !chinese.Contains(key))
            .ToList();

        missing.ShouldBeEmpty();
    }

    private static HashSet<string> Keys(string fileName) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "SalesPlanning.Web", "Localization", fileName)).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
}
