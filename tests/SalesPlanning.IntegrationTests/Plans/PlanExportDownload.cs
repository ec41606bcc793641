using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Plans;

/// <summary>
/// The plan's exports (DESIGN §5): the .xlsx workbook read back with OpenXml has a sheet per section,
/// in the caller's language, with the plan's values; the production CSV has a row per product with
/// its volume target and two forecast months, UTF-8 with a byte-order mark.
/// </summary>
public class PlanExportDownload(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    private const string Period = "2033-03";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Guid? _planId;

    [Theory]
    [InlineData("en", new[] { "4.1 Last month review", "4.2 Targets", "4.3 Strategies", "4.4 Activities", "4.5 Resource needs", "4.6 Forecast", "4.7 Risks", "4.8 Tracking and KPIs" })]
    [InlineData("zh-CN", new[] { "4.1 上月回顾", "4.2 本月目标", "4.3 策略与举措", "4.4 销售活动", "4.5 资源需求", "4.6 销售预测", "4.7 风险评估", "4.8 绩效跟踪" })]
    public async Task HasASheetPerSectionInTheCallersLanguage(string language, string[] sheets)
    {
        var planId = await PlanAsync();
        var api = await fixture.PlansAsAsync(DemoUsers.Director);

        using var response = await api.SendAsync(HttpMethod.Get, $"/{planId}/export.xlsx", acceptLanguage: language);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"plan-EAST-{Period}.xlsx");
        var workbook = Read(await response.Content.ReadAsByteArrayAsync());
        workbook.Keys.ShouldBe(sheets);
        var zh = language == "zh-CN";
        workbook[sheets[0]][0][0].ShouldStartWith(zh ? "月度销售计划 EAST" : "Monthly sales plan EAST");
        workbook[sheets[2]][0].ShouldBe(zh ? ["类别", "举措", "负责人", "完成日期"] : ["Group", "Action", "Owner", "Due"]);
        workbook[sheets[6]][0][0].ShouldBe(zh ? "类别" : "Category");
    }

    [Fact]
    public async Task HoldsThePlansValues()
    {
        var planId = await PlanAsync();
        var api = await fixture.PlansAsAsync(DemoUsers.ManagerEast);

        using var response = await api.SendAsync(HttpMethod.Get, $"/{planId}/export.xlsx");
        var workbook = Read(await response.Content.ReadAsByteArrayAsync());

        var review = workbook["4.1 Last month review"];
        review.ShouldContain(r => r.Count == 2 && r[0] == "Highlights" && r[1] == PlanContent.Highlights);
        review.ShouldContain(r => r.Count > 0 && r[0] == "Sales amount");

        var targets = workbook["4.2 Targets"];
        targets.ShouldContain(r => Is(r, "Sales amount", "1280000"));
        targets.ShouldContain(r => Is(r, "Sales volume", "1000"));
        targets.ShouldContain(r => r.Count == 1 && r[0] == "Sales volume by Products");
        targets.ShouldContain(r => Is(r, "AC-100", "Wall-mounted AC 1.5 HP", "600", "0.6"));
        targets.ShouldContain(r => r.Count == 4 && r[0] == DemoUsers.Rep(1) && r[2] == "320000" && r[3] == "0.25");
        targets.ShouldContain(r => r.Count == 2 && r[0] == "Basis for the targets" && r[1] == PlanContent.Basis);

        workbook["4.3 Strategies"][1].ShouldBe(["Market expansion", "Open two dealers in Suzhou", "Wang", "2033-03-21"]);
        workbook["4.4 Activities"][1].ShouldBe(["Spring launch", "Exhibition", "2033-03-10", "2033-03-12", "Shanghai", "rep01, rep02", "40 leads", "Li"]);
        workbook["4.5 Resource needs"][1].ShouldBe(["Marketing", "Booth", "25000.5", "2033-03-06", "Zhao"]);
        var forecast = workbook["4.6 Forecast"];
        var weeks = Domain.Common.Period.Parse(Period).Weeks().Count;
        forecast[1].Skip(1).ShouldBe(["250000", "200", "240000"]);
        forecast.ShouldContain(r => r.Count == 4 && r[0] == "Forecast total" && r[2] == (200 * weeks).ToString(CultureInfo.InvariantCulture));
        forecast.ShouldContain(r => r.Count == 4 && r[0] == "Difference (forecast − target)" && r[2] == (200 * weeks - 1000).ToString(CultureInfo.InvariantCulture));
        forecast.ShouldContain(r => Is(r, "AC-100", "Wall-mounted AC 1.5 HP", "650", "700"));
        forecast.ShouldContain(r => Is(r, "CM-100", "VRF multi-split system", "12", "15"));
        workbook["4.7 Risks"][1].ShouldBe(["Market", "Price war", "3", "4", "12", "Bundle installation"]);
        var tracking = workbook["4.8 Tracking and KPIs"];
        tracking.ShouldContain(r => Is(r, "2033-03-15"));
        tracking.ShouldContain(r => Is(r, "Sales amount", "60"));
        tracking.ShouldContain(r => Is(r, "Total", "100"));
    }

    [Fact]
    public async Task WritesTheProductionFileWithARowPerProduct()
    {
        var planId = await PlanAsync();
        var api = await fixture.PlansAsAsync(DemoUsers.Director);

        using var response = await api.SendAsync(HttpMethod.Get, $"/{planId}/production.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(
        [
            "region_code,period,product_code,product_name_zh,product_name_en,volume_target,forecast_period_1,forecast_volume_1,forecast_period_2,forecast_volume_2",
            "EAST,2033-03,AC-100,壁挂式空调 1.5匹,Wall-mounted AC 1.5 HP,600,2033-04,650,2033-05,700",
            "EAST,2033-03,AC-200,立柜式空调 3匹,Floor-standing AC 3 HP,400,2033-04,,2033-05,",
            "EAST,2033-03,CM-100,多联机 VRF,VRF multi-split system,,2033-04,12,2033-05,15",
        ]);
    }

    private static bool Is(List<string> row, params string[] cells) => row.SequenceEqual(cells);

    /// <summary>Each sheet's rows as the text or invariant number of each cell, by sheet name in order.</summary>
    private static Dictionary<string, List<List<string>>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart.ShouldNotBeNull();
        var result = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            result[sheet.Name!.Value!] = [.. part.Worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList())
                .Where(cells => cells.Count > 0)];
        }

        return result;
    }

    private async Task<Guid> PlanAsync()
    {
        await Once.WaitAsync();
        try
        {
            return _planId ??= await fixture.ReadyPlanAsync(Period);
        }
        finally
        {
            Once.Release();
        }
    }
}
