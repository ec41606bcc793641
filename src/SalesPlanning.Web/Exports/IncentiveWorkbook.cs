using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Incentives;
using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.Web.Exports;

/// <summary>
/// A month's incentive run for payroll (issue 14): one row per person — grade, region, each kind of line,
/// held back, payable — with the totals, and a sheet with every line and the figures it came from. As an
/// Excel workbook (headers in the user's language) or as CSV (the same columns; numbers in invariant form).
/// </summary>
public static class IncentiveWorkbook
{
    public const string ContentType = Workbooks.ContentType;
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>The money columns of the payroll table, in order.</summary>
    private static readonly LineKind[] Columns =
        [LineKind.BasePay, LineKind.Commission, LineKind.PoolShare, LineKind.QuarterBest, LineKind.OverTarget, LineKind.Holdback, LineKind.HoldbackRelease];

    public static string FileName(IncentiveRunView run, string extension)
    {
        ArgumentNullException.ThrowIfNull(run);
        return $"incentives-{run.Period}{(run.Status == RunStatus.Approved ? "" : "-draft")}.{extension}";
    }

    public static byte[] Create(IncentiveRunView run, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(text);
        return Workbooks.Write([Payroll(run, text), Lines(run, text)]);
    }

    public static byte[] Csv(IncentiveRunView run, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(text);
        var header = new List<string> { text["Incentive_Person"], text["Incentive_Grade"], text["Scorecard_Region"] };
        header.AddRange(Columns.Select(k => text[$"Incentive_Line_{k}"].Value));
        header.Add(text["Incentive_Payable"]);
        return CsvWriter.ToUtf8(header, run.Statements.Select(s => (IReadOnlyList<string?>)
        [
            s.Statement.Name, text[$"Grade_{s.Statement.Grade}"], s.RegionName ?? "",
            .. Columns.Select(k => Invariant(s.Statement.Amount(k))),
            Invariant(s.Statement.Payable),
        ]));
    }

    private static Sheet Payroll(IncentiveRunView run, IStringLocalizer text)
    {
        var sheet = new Sheet(text["Incentive_Export_Payroll"], [22, 16, 16, 14, 14, 14, 14, 14, 14, 14, 16]);
        var state = text[run.Status == RunStatus.Approved ? "Incentive_Status_Approved" : "Incentive_Status_Draft"].Value;
        sheet.Add(Cell.Text($"{text["Incentive_Export_Title"].Value} {run.Period} ({state})", CellStyle.Bold));
        sheet.Blank();
        sheet.Add([Cell.Text(text["Incentive_Person"], CellStyle.Bold), Cell.Text(text["Incentive_Grade"], CellStyle.Bold), Cell.Text(text["Scorecard_Region"], CellStyle.Bold),
            .. Columns.Select(k => Cell.Text(text[$"Incentive_Line_{k}"], CellStyle.Bold)), Cell.Text(text["Incentive_Payable"], CellStyle.Bold)]);
        foreach (var s in run.Statements)
        {
            sheet.Add([Cell.Text(s.Statement.Name), Cell.Text(text[$"Grade_{s.Statement.Grade}"]), Cell.Text(s.RegionName ?? ""),
                .. Columns.Select(k => Cell.Number(s.Statement.Amount(k), CellStyle.Money)), Cell.Number(s.Statement.Payable, CellStyle.Money)]);
        }

        sheet.Add([Cell.Text(text["Total"], CellStyle.Bold), Cell.Text(""), Cell.Text(""),
            .. Columns.Select(k => Cell.Number(run.Total(k), CellStyle.Money)), Cell.Number(run.Payable, CellStyle.Money)]);
        return sheet;
    }

    private static Sheet Lines(IncentiveRunView run, IStringLocalizer text)
    {
        var sheet = new Sheet(text["Incentive_Export_Lines"], [22, 22, 16, 12, 14, 16]);
        sheet.Add(Headers(text, "Incentive_Person", "Incentive_Line", "Incentive_Basis", "Incentive_Rate", "Incentive_Tier", "Incentive_Amount"));
        foreach (var s in run.Statements)
        {
            foreach (var line in s.Statement.Lines)
            {
                sheet.Add(
                    Cell.Text(s.Statement.Name),
                    Cell.Text(text[$"Incentive_Line_{line.Kind}"]),
                    Cell.Number(line.Basis, CellStyle.Money),
                    Cell.Number(line.Percent, CellStyle.Plain),
                    Cell.Text(line.Tier is { } tier ? TierText(tier) : ""),
                    Cell.Number(line.Amount, CellStyle.Money));
            }
        }

        return sheet;
    }

    /// <summary>A tier as "[80 %, 100 %)" or "[120 %, ∞)".</summary>
    public static string TierText(CommissionTier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return string.Create(CultureInfo.InvariantCulture, $"[{tier.FromPercent:0.##} %, {(tier.ToPercent is { } to ? to.ToString("0.##", CultureInfo.InvariantCulture) + " %" : "∞")})");
    }

    private static string Invariant(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static Cell[] Headers(IStringLocalizer text, params string[] keys) => [.. keys.Select(k => Cell.Text(text[k], CellStyle.Bold))];
}
