using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>History import: all or nothing, every bad line reported by number, re-import replaces.</summary>
public class HistoryImportRun(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>
{
    private const string Header = "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections";

    [Fact]
    public async Task ImportsNothingWhileAnyLineIsBadAndNamesEachBadLine()
    {
        var admin = await fixture.ApiAsync(DemoUsers.Admin);
        var csv = string.Join("\r\n",
            Header,
            $"2032-01,{DemoUsers.Rep(1)},EAST,AC-100,100.00,1,90.00",
            $"2032-01,{DemoUsers.Rep(1)},EAST,NOPE-1,100.00,1,90.00",
            $"2032-01,{DemoUsers.Rep(2)},EAST,AC-100,12.345,1,90.00",
            $"2032-13,nobody@demo.local,EAST,AC-100,1,1,1",
            $"2032-01,{DemoUsers.Rep(1)},EAST,AC-100,100.00,1,90.00",
            "\"2032-01\",\"" + DemoUsers.Rep(3) + "\",EAST,AC-200,\"1000.00\",2,0");

        using var response = await admin.PostImportAsync(csv);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe(["line 3", "line 4", "line 5", "line 6"], ignoreOrder: true);
        problem.Errors["line 5"].Length.ShouldBe(2); // the month and the e-mail
        await using var db = fixture.CreateDbContext();
        (await db.MonthlyActuals.CountAsync(a => a.PeriodKey == 203201)).ShouldBe(0);
    }

    [Fact]
    public async Task PreviewListsTheRowsAndTheProblemsWithoutSaving()
    {
        var admin = await fixture.ApiAsync(DemoUsers.Admin);
        var csv = $"{Header}\n2032-02,{DemoUsers.Rep(1)},EAST,AC-100,100.00,1,90.00\n2032-02,{DemoUsers.Rep(1)},EAST,AC-100,5,x,1\n";

        using var response = await admin.PostImportAsync(csv, preview: true);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldContain("\"line\":3");
        text.ShouldContain(HistoryImportService.BadVolume);
        await using var db = fixture.CreateDbContext();
        (await db.MonthlyActuals.CountAsync(a => a.PeriodKey == 203202)).ShouldBe(0);
    }

    [Fact]
    public async Task ReimportingAMonthForARepAndProductReplacesIt()
    {
        var service = fixture.CreateImportService();
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var first = $"{Header}\n2032-03,{DemoUsers.Rep(1)},EAST,AC-100,100.00,1,90.00\n2032-03,{DemoUsers.Rep(1)},EAST,AC-200,200.00,2,180.00\n";
        var second = $"{Header}\n2032-03,{DemoUsers.Rep(1)},EAST,AC-100,150.00,3,140.00\n";

        var one = await service.ImportAsync(admin, first);
        var two = await service.ImportAsync(admin, second);

        one.Value.ShouldBe(new HistoryImportOutcome(2, 0));
        two.Value.ShouldBe(new HistoryImportOutcome(0, 1));
        await using var db = fixture.CreateDbContext();
        var rows = await db.MonthlyActuals.Where(a => a.PeriodKey == 203203).OrderBy(a => a.SalesAmount).ToListAsync();
        rows.Select(r => r.SalesAmount).ShouldBe([150.00m, 200.00m]);
        rows[0].SalesVolume.ShouldBe(3);
    }

    [Fact]
    public async Task PreviewNamesEachLineTheFileCannotBeReadOnByThePhysicalLineItStartsOn()
    {
        var service = fixture.CreateImportService();
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var rep = DemoUsers.Rep(1);
        var csv = string.Join("\r\n",
            Header,
            "",
            $"2032-06,\"{rep}\",EAST,AC-100,\"100.00",
            "\",1,90.00",
            $"2032-06,{rep},EAST,AC-200,\"100\"00,1,90.00",
            $"2032-06,{rep},EAST,CM-100,100.00,1",
            "   ",
            $"2032-06,{rep},EAST,CM-100,\"100.00,1,90.00");

        var preview = (await service.PreviewAsync(admin, csv)).Value.ShouldNotBeNull();

        preview.Errors.ShouldBe(
        [
            new HistoryImportError(5, "", "Csv_QuoteInField"),
            new HistoryImportError(6, "", HistoryImportService.FieldCount),
            new HistoryImportError(8, "", HistoryImportService.QuoteOpen),
        ]);
        preview.Rows.ShouldHaveSingleItem().ShouldBe(new HistoryImportRow(3, Period.From(2032, 6), rep, "EAST", "AC-100", 100.00m, 1, 90.00m, false));
    }

    [Fact]
    public async Task PreviewNamesAQuoteLeftOpenInTheHeader()
    {
        var service = fixture.CreateImportService();
        var admin = await fixture.ActorAsync(DemoUsers.Admin);

        var preview = (await service.PreviewAsync(admin, $"\"{Header}\n2032-07,{DemoUsers.Rep(1)},EAST,AC-100,1,1,1\n")).Value.ShouldNotBeNull();

        preview.Errors.ShouldBe([new HistoryImportError(1, "", HistoryImportService.QuoteOpen)]);
    }

    [Theory]
    [InlineData(DemoUsers.Director)]
    [InlineData(DemoUsers.ManagerEast)]
    public async Task OnlyAdminsImport(string email)
    {
        var api = await fixture.ApiAsync(email);

        using var response = await api.PostImportAsync($"{Header}\n2032-04,{DemoUsers.Rep(1)},EAST,AC-100,1,1,1\n");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RefusesAFileWithTheWrongHeader()
    {
        var admin = await fixture.ApiAsync(DemoUsers.Admin);

        using var response = await admin.PostImportAsync("month,rep,product\n2032-05,x,y\n");

        (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull().ShouldContainKey("line 1");
    }
}
