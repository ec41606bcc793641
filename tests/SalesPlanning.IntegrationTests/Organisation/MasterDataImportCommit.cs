using System.Net;
using System.Net.Http.Json;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Organisation;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>CSV import of regions and products: a preview saves nothing; a commit imports every line or none.</summary>
public class MasterDataImportCommit(MasterDataAppFixture fixture) : IClassFixture<MasterDataAppFixture>
{
    [Fact]
    public async Task ImportsNothingWhenAnyLineIsBadAndNamesEachBadLine()
    {
        var regionsBefore = await fixture.CountAsync("regions");
        var auditBefore = await fixture.CountAsync("audit_entries");
        const string csv = "code,name,manager_email,active\r\n"
            + "WEST,西区 West,,true\r\n"
            + "CENTRAL,华中区,nobody@demo.local,true\r\n"
            + ",无编码,,\r\n"
            + "EAST,华东区 East (renamed),manager.east@demo.local,maybe\r\n";

        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "regions/import", csv: csv);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe(["line 3", "line 4", "line 5"], ignoreOrder: true);
        problem.Errors["line 3"].ShouldBe(["This is not an active user with the sales manager role."]);
        problem.Errors["line 4"].ShouldContain("Enter a code.");
        problem.Errors["line 5"].ShouldBe(["Write active as true or false."]);
        (await fixture.CountAsync("regions")).ShouldBe(regionsBefore);
        (await fixture.CountAsync("audit_entries")).ShouldBe(auditBefore);
        (await fixture.QuerySqlAsync("SELECT name FROM regions WHERE code = 'EAST'", r => r.GetString(0))).Single().ShouldBe("华东区 East");
    }

    [Fact]
    public async Task PreviewReportsEachLineAndSavesNothing()
    {
        var actor = await fixture.ActorAsync(DemoUsers.Admin);
        const string csv = "code,name,manager_email\nPREVIEW1,预览,\nSOUTH,华南区 South,manager.south@demo.local\nNORTH,华北区 North (new name),\n";

        var preview = await fixture.Import().PreviewAsync(actor, MasterDataKind.Region, csv);

        var report = preview.Value.ShouldNotBeNull();
        report.IsValid.ShouldBeTrue();
        report.Committed.ShouldBeFalse();
        report.Lines.Select(l => (l.LineNumber, l.Code, l.Action)).ShouldBe(
            [(2, "PREVIEW1", ImportAction.Create), (3, "SOUTH", ImportAction.Unchanged), (4, "NORTH", ImportAction.Update)]);
        (await fixture.CountAsync("regions WHERE code = 'PREVIEW1'")).ShouldBe(0);
        (await fixture.QuerySqlAsync("SELECT name FROM regions WHERE code = 'NORTH'", r => r.GetString(0))).Single().ShouldBe("华北区 North");
    }

    [Fact]
    public async Task PreviewNamesEachLineTheFileCannotBeReadOn()
    {
        var actor = await fixture.ActorAsync(DemoUsers.Admin);
        const string csv = "code,name,manager_email\r\nQ1,\"a\" x,\r\nQ2,b\r\n\r\nQ3,\"two\r\nlines\",\r\nQ4,\"never closed,\r\n";

        var preview = await fixture.Import().PreviewAsync(actor, MasterDataKind.Region, csv);

        var report = preview.Value.ShouldNotBeNull();
        report.Errors.ShouldBe(
        [
            new MasterCsvLineError(2, null, MasterDataImportService.TextAfterQuote),
            new MasterCsvLineError(3, null, MasterDataImportService.ColumnCount),
            new MasterCsvLineError(7, null, MasterDataImportService.UnclosedQuote),
        ]);
        report.Lines.Select(l => (l.LineNumber, l.Code, l.Action)).ShouldBe([(5, "Q3", ImportAction.Create)]);
    }

    [Fact]
    public async Task ImportsEveryLineOfAGoodFileInOneGoAndAuditsThem()
    {
        var products = await fixture.MasterDataQueries().ListProductsAsync();
        var existing = products[0];
        var csv = "\uFEFFcode,name_zh,name_en,unit,product_line_code,active\n"
            + $"IMP-1,\"新品, 一号\",\"New, number one\",台,{existing.ProductLineCode},true\n"
            + $"{existing.Code},{existing.NameZh},{existing.NameEn},套,{existing.ProductLineCode},\n";

        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "products/import", csv: csv);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = (await response.Content.ReadFromJsonAsync<ImportReport>(TargetsApi.Json)).ShouldNotBeNull();
        report.Committed.ShouldBeTrue();
        report.Creates.ShouldBe(1);
        report.Updates.ShouldBe(1);
        var after = await fixture.MasterDataQueries().ListProductsAsync();
        after.Single(p => p.Code == "IMP-1").NameEn.ShouldBe("New, number one");
        after.Single(p => p.Code == existing.Code).Unit.ShouldBe("套");
        (await fixture.AuditAsync("Product", "IMP-1")).Select(a => a.Action).ShouldBe(["Created"]);
        (await fixture.AuditAsync("Product", existing.Code)).ShouldContain(("Changed", "Unit", existing.Unit, "套"));
    }

    [Fact]
    public async Task RefusesAFileWithoutTheExpectedHeader()
    {
        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "products/import", csv: "code;name\nA;b\n");

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull()["line 1"].ShouldBe(["The first line is not the expected header."]);
    }

    [Fact]
    public async Task ExportsWhatImportReads()
    {
        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, "regions/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType.ShouldNotBeNull().MediaType.ShouldBe("text/csv");
        var text = await response.Content.ReadAsStringAsync();
        text.TrimStart('\uFEFF').ShouldStartWith("code,name,manager_email,active\r\nEAST,华东区 East,manager.east@demo.local,true\r\n");
        var preview = await fixture.Import().PreviewAsync(await fixture.ActorAsync(DemoUsers.Admin), MasterDataKind.Region, text);
        preview.Value.ShouldNotBeNull().Lines.ShouldAllBe(l => l.Action == ImportAction.Unchanged);
    }
}
