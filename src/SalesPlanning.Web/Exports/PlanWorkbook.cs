using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Plans;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Exports;

/// <summary>
/// The plan as an Excel workbook (DESIGN §5): one sheet per section of §4, named and headed in the
/// user's language, with the plan's values. Amounts are numbers (money with cents, volume in whole
/// units, ratios as percentages); text is written as inline strings, never as formulas; dates as
/// yyyy-MM-dd text.
/// </summary>
public static class PlanWorkbook
{
    public const string ContentType = Workbooks.ContentType;

    // Cell formats of the workbook's stylesheet (Workbooks).
    private const uint Plain = CellStyle.Plain;
    private const uint Bold = CellStyle.Bold;
    private const uint Money = CellStyle.Money;
    private const uint Units = CellStyle.Units;
    private const uint Percent = CellStyle.Percent;
    private const uint Wrapped = CellStyle.Wrapped;

    public static byte[] Create(PlanExport export, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(text);
        var sheets = new List<Sheet>
        {
            Review(export, text),
            Targets(export, text),
            Strategies(export, text),
            Activities(export, text),
            Resources(export, text),
            Forecast(export, text),
            Risks(export, text),
            Tracking(export, text),
        };

        return Workbooks.Write(sheets);
    }

    private static Sheet Review(PlanExport export, IStringLocalizer text)
    {
        var plan = export.Plan;
        var sheet = new Sheet(text.Section(PlanSection.Review), [40, 16, 16, 16, 14, 16, 12, 12]);
        sheet.Add(Cell.Text(text.Title(plan), Bold));
        sheet.Add(Cell.Text(text["Status"]), Cell.Text(text.Status(plan.Status)));
        sheet.Add(Cell.Text(text["Export_ReviewMonth"]), Cell.Text(export.Review.Month.ToString()));
        sheet.Blank();

        sheet.Add(Headers(text, "Metric", "Target", "Export_Actual", "Export_Achievement", "Export_VsPlan", "Export_MoM", "Export_YoY"));
        foreach (var row in export.Review.Region)
        {
            sheet.Add([Cell.Text(text.Metric(row.Metric)), .. Figures(row)]);
        }

        foreach (var (title, lines) in new[] { ("Export_ByRep", export.Review.ByRep), ("Export_ByProduct", export.Review.ByProduct) })
        {
            sheet.Blank();
            sheet.Add(Cell.Text(text[title], Bold));
            sheet.Add(Headers(text, "Name", "Metric", "Target", "Export_Actual", "Export_Achievement", "Export_VsPlan", "Export_MoM", "Export_YoY"));
            foreach (var line in lines)
            {
                foreach (var row in line.Metrics)
                {
                    sheet.Add([Cell.Text(PlanLabels.Name(line.NameZh, line.NameEn)), Cell.Text(text.Metric(row.Metric)), .. Figures(row)]);
                }
            }
        }

        var narrative = plan.Content<ReviewNarrative>(PlanSection.Review);
        sheet.Blank();
        sheet.Add(Cell.Text(text["Export_Highlights"], Bold), Cell.Text(narrative.Highlights, Wrapped));
        sheet.Add(Cell.Text(text["Export_Problems"], Bold), Cell.Text(narrative.Problems, Wrapped));
        sheet.Add(Cell.Text(text["Export_Lessons"], Bold), Cell.Text(narrative.Lessons, Wrapped));
        return sheet;
    }

    private static IEnumerable<Cell> Figures(ReviewRow row) =>
    [
        Cell.Amount(row.Metric, row.Target),
        Cell.Amount(row.Metric, row.Actual),
        Cell.Number(row.Achievement, Percent),
        Cell.Amount(row.Metric, row.VsPlan),
        Cell.Number(row.MonthOnMonth, Percent),
        Cell.Number(row.YearOnYear, Percent),
    ];

    private static Sheet Targets(PlanExport export, IStringLocalizer text)
    {
        var sheet = new Sheet(text.Section(PlanSection.Targets), [24, 36, 18, 12]);
        sheet.Add(Headers(text, "Metric", "Target"));
        foreach (var target in export.Targets)
        {
            sheet.Add(Cell.Text(text.Metric(target.Metric)), Cell.Amount(target.Metric, target.Amount));
        }

        foreach (var target in export.Targets)
        {
            foreach (var breakdown in target.Breakdowns)
            {
                sheet.Blank();
                sheet.Add(Cell.Text(text["Export_BreakdownTitle", text.Metric(target.Metric), text.Dimension(breakdown.Dimension)], Bold));
                sheet.Add(Headers(text, "Code", "Name", "Allocation", "Share"));
                foreach (var line in breakdown.Lines)
                {
                    sheet.Add(
                        Cell.Text(line.Code),
                        Cell.Text(PlanLabels.Name(line.NameZh, line.NameEn)),
                        Cell.Amount(target.Metric, line.Amount),
                        Cell.Number(breakdown.ParentAmount == 0 ? null : line.Amount / breakdown.ParentAmount, Percent));
                }

                if (breakdown.Unallocated != 0)
                {
                    sheet.Add(Cell.Text(""), Cell.Text(text["Unallocated"], Bold), Cell.Amount(target.Metric, breakdown.Unallocated));
                }
            }
        }

        sheet.Blank();
        sheet.Add(Cell.Text(text["Export_Basis"], Bold), Cell.Text(export.Plan.Content<TargetBasis>(PlanSection.Targets).Basis, Wrapped));
        return sheet;
    }

    private static Sheet Strategies(PlanExport export, IStringLocalizer text)
    {
        var sheet = new Sheet(text.Section(PlanSection.Strategies), [28, 60, 20, 14]);
        sheet.Add(Headers(text, "Export_Group", "Export_Action", "Export_Owner", "Export_Due"));
        foreach (var item in export.Plan.Content<StrategiesContent>(PlanSection.Strategies).Items.OrderBy(i => i.Group))
        {
            sheet.Add(Cell.Text(text.Group(item.Group)), Cell.Text(item.Action, Wrapped), Cell.Text(item.Owner), Cell.Text(PlanLabels.Date(item.Due)));
        }

        return sheet;
    }

    private static Sheet Activities(PlanExport export, IStringLocalizer text)
    {
        var sheet = new Sheet(text.Section(PlanSection.Activities), [28, 16, 12, 12, 20, 30, 36, 16]);
        sheet.Add(Headers(text, "Export_Theme", "Export_Type", "Export_Start", "Export_End", "Export_Place", "Export_Participants",
            "Export_ExpectedResult", "Export_Owner"));
        foreach (var item in export.Plan.Content<ActivitiesContent>(PlanSection.Activities).Items.OrderBy(i => i.Start))
        {
            sheet.Add(
                Cell.Text(item.Theme), Cell.Text(item.Type), Cell.Text(PlanLabels.Date(item.Start)), Cell.Text(PlanLabels.Date(item.End)),
                Cell.Text(item.Place), Cell.Text(item.Participants, Wrapped), Cell.Text(item.ExpectedResult, Wrapped), Cell.Text(item.Owner));
        }

        return sheet;
    }

    private static Sheet Resources(PlanExport export, IStringLocalizer text)
    {
        var content = export.Plan.Content<ResourcesContent>(PlanSection.Resources);
        var sheet = new Sheet(text.Section(PlanSection.Resources), [16, 50, 16, 14, 20]);
        sheet.Add(Headers(text, "Export_Kind", "Export_Description", "Export_Budget", "Export_NeededBy", "Export_Coordinator"));
        foreach (var item in content.Items)
        {
            sheet.Add(
                Cell.Text(text.Kind(item.Kind)), Cell.Text(item.Description, Wrapped), Cell.Number(item.Budget, Money),
                Cell.Text(PlanLabels.Date(item.NeededBy)), Cell.Text(item.Coordinator));
        }

        sheet.Add(Cell.Text(text["Total"], Bold), Cell.Text(""), Cell.Number(content.TotalBudget, Money));
        return sheet;
    }

    private static Sheet Forecast(PlanExport export, IStringLocalizer text)
    {
        var plan = export.Plan;
        var content = plan.Content<ForecastContent>(PlanSection.Forecast);
        var metrics = TargetServiceMetrics;
        var sheet = new Sheet(text.Section(PlanSection.Forecast), [24, 36, 18, 18]);
        sheet.Add([Cell.Text(text["Export_Week"], Bold), .. metrics.Select(m => Cell.Text(text.Metric(m), Bold))]);
        foreach (var week in plan.Period.Weeks())
        {
            var forecast = content.Weeks.FirstOrDefault(w => w.Week == week.Number);
            sheet.Add([
                Cell.Text(text["Export_WeekOf", week.Number, PlanLabels.Date(week.Start), PlanLabels.Date(week.End)]),
                .. metrics.Select(m => Cell.Amount(m, forecast?.For(m))),
            ]);
        }

        sheet.Add([Cell.Text(text["Export_ForecastTotal"], Bold), .. metrics.Select(m => Cell.Amount(m, content.Total(m)))]);
        sheet.Add([Cell.Text(text["Target"], Bold), .. metrics.Select(m => Cell.Amount(m, export.TargetOf(m).Amount))]);
        sheet.Add([
            Cell.Text(text["Export_Difference"], Bold),
            .. metrics.Select(m => Cell.Amount(m, export.TargetOf(m).Amount is { } target ? content.Total(m) - target : null)),
        ]);

        sheet.Blank();
        var next = plan.Period.Next();
        sheet.Add(Cell.Text(text["Export_RollingForecast"], Bold));
        sheet.Add(Cell.Text(text["Code"], Bold), Cell.Text(text["Name"], Bold), Cell.Text(next.ToString(), Bold), Cell.Text(next.Next().ToString(), Bold));
        foreach (var product in content.Products.Select(p => (Forecast: p, Name: export.Product(p.ProductId))).OrderBy(p => p.Name.Code, StringComparer.Ordinal))
        {
            sheet.Add(
                Cell.Text(product.Name.Code), Cell.Text(PlanLabels.Name(product.Name)),
                Cell.Number(product.Forecast.NextMonth, Units), Cell.Number(product.Forecast.MonthAfter, Units));
        }

        return sheet;
    }

    private static Sheet Risks(PlanExport export, IStringLocalizer text)
    {
        var sheet = new Sheet(text.Section(PlanSection.Risks), [16, 50, 12, 12, 10, 50]);
        sheet.Add(Headers(text, "Export_Category", "Export_Description", "Export_Likelihood", "Export_Impact", "Export_Score", "Export_Response"));
        foreach (var item in export.Plan.Content<RisksContent>(PlanSection.Risks).Items.OrderByDescending(i => i.Score))
        {
            sheet.Add(
                Cell.Text(text.Category(item.Category)), Cell.Text(item.Description, Wrapped), Cell.Number(item.Likelihood, Plain),
                Cell.Number(item.Impact, Plain), Cell.Number(item.Score, Plain), Cell.Text(item.Response, Wrapped));
        }

        return sheet;
    }

    private static Sheet Tracking(PlanExport export, IStringLocalizer text)
    {
        var content = export.Plan.Content<TrackingContent>(PlanSection.Tracking);
        var sheet = new Sheet(text.Section(PlanSection.Tracking), [36, 14]);
        sheet.Add(Cell.Text(text["Export_ReviewMeetings"], Bold));
        foreach (var meeting in content.ReviewMeetings.Order())
        {
            sheet.Add(Cell.Text(PlanLabels.Date(meeting)));
        }

        sheet.Blank();
        sheet.Add(Headers(text, "Export_Kpi", "Export_Weight"));
        foreach (var kpi in content.Kpis)
        {
            sheet.Add(Cell.Text(kpi.Name), Cell.Number(kpi.Weight, Plain));
        }

        sheet.Add(Cell.Text(text["Total"], Bold), Cell.Number(content.TotalWeight, Plain));
        return sheet;
    }

    private static readonly IReadOnlyList<Metric> TargetServiceMetrics = Application.Targets.TargetService.Metrics;

    private static Cell[] Headers(IStringLocalizer text, params string[] keys) => [.. keys.Select(k => Cell.Text(text[k], Bold))];
}
