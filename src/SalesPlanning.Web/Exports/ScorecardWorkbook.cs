using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Performance;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.Web.Exports;

/// <summary>
/// A month's scorecards as an Excel workbook (issue 13): a summary sheet — rank, rep, region, score, where
/// the weights came from, left-out KPIs — and a sheet with every KPI line of every rep (target, actual,
/// achievement, weight, applied weight, points). Headers in the user's language; written by <see cref="Workbooks"/>.
/// </summary>
public static class ScorecardWorkbook
{
    public const string ContentType = Workbooks.ContentType;

    public static byte[] Create(ScorecardRankingView ranking, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(text);
        return Workbooks.Write([Summary(ranking, text), Lines(ranking, text)]);
    }

    public static string FileName(ScorecardRankingView ranking, string? regionCode)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return regionCode is null ? $"scorecards-{ranking.Period}.xlsx" : $"scorecards-{ranking.Period}-{regionCode}.xlsx";
    }

    private static Sheet Summary(ScorecardRankingView ranking, IStringLocalizer text)
    {
        var sheet = new Sheet(text["Scorecard_Export_Summary"], [8, 20, 16, 12, 14, 12, 40]);
        sheet.Add(Cell.Text($"{text["Scorecard_Export_Title"].Value} {ranking.Period}", CellStyle.Bold));
        sheet.Blank();
        sheet.Add(Headers(text, "Scorecard_Rank", "Scorecard_Rep", "Scorecard_Region", "Scorecard_Score", "Scorecard_WeightsFrom", "Scorecard_State", "Scorecard_LeftOut"));
        foreach (var (rank, card) in ranking.Ranking.Select(r => (r.Rank, r.Scorecard)))
        {
            sheet.Add(
                Cell.Number(card.Total is null ? null : rank, CellStyle.Plain),
                Cell.Text(card.RepName),
                Cell.Text(card.RegionName),
                Cell.Number(card.Total, CellStyle.Money),
                Cell.Text(text[$"Scorecard_WeightsFrom_{card.WeightsFrom}"]),
                Cell.Text(text[card.Frozen ? "Scorecard_State_Frozen" : "Scorecard_State_Live"]),
                Cell.Text(string.Join(", ", card.LeftOut.Select(k => text[$"Kpi_{k}"].Value).Concat(card.UnknownPlanKpis))));
        }

        return sheet;
    }

    private static Sheet Lines(ScorecardRankingView ranking, IStringLocalizer text)
    {
        var sheet = new Sheet(text["Scorecard_Export_Lines"], [20, 28, 14, 14, 12, 10, 12, 10, 24]);
        sheet.Add(Headers(text, "Scorecard_Rep", "Scorecard_Kpi", "Target", "Export_Actual", "Export_Achievement", "Export_Weight",
            "Scorecard_AppliedWeight", "Scorecard_Points", "Scorecard_LeftOut"));
        foreach (var card in ranking.Ranking.Select(r => r.Scorecard))
        {
            foreach (var line in card.Lines)
            {
                var money = line.Kpi is Kpi.SalesAmount or Kpi.Collections or Kpi.Growth;
                sheet.Add(
                    Cell.Text(card.RepName),
                    Cell.Text(text[$"Kpi_{line.Kpi}"]),
                    Cell.Number(line.Target, money ? CellStyle.Money : CellStyle.Plain),
                    Cell.Number(line.Actual, money ? CellStyle.Money : CellStyle.Plain),
                    Cell.Number(line.Achievement, CellStyle.Percent),
                    Cell.Number(line.Weight, CellStyle.Plain),
                    Cell.Number(line.AppliedWeight, CellStyle.Plain),
                    Cell.Number(line.Points, CellStyle.Money),
                    Cell.Text(line.LeftOut is { } reason && line.Weight > 0m ? text[$"Scorecard_LeftOut_{reason}"].Value : ""));
            }

            sheet.Add(Cell.Text(card.RepName, CellStyle.Bold), Cell.Text(text["Total"], CellStyle.Bold), Cell.Text(""), Cell.Text(""), Cell.Text(""),
                Cell.Text(""), Cell.Text(""), Cell.Number(card.Total, CellStyle.Money));
        }

        return sheet;
    }

    private static Cell[] Headers(IStringLocalizer text, params string[] keys) => [.. keys.Select(k => Cell.Text(text[k], CellStyle.Bold))];
}
