using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Exports;

/// <summary>
/// The one xlsx writer of the app's exports (the plan, the scorecards): sheets of rows of cells written with
/// DocumentFormat.OpenXml. Numbers are numbers with a cell format (money with cents, whole units,
/// percentages); text is written as inline strings, never as formulas.
/// </summary>
internal static class Workbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<Sheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = sheet.ToWorksheet();
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Id = workbookPart.GetIdOfPart(worksheetPart),
                    SheetId = id++,
                    Name = SheetName(sheet.Name),
                });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 6 });
}

/// <summary>The cell formats of <see cref="Workbooks"/>' stylesheet.</summary>
internal static class CellStyle
{
    public const uint Plain = 0;
    public const uint Bold = 1;

    /// <summary>#,##0.00</summary>
    public const uint Money = 2;

    /// <summary>#,##0</summary>
    public const uint Units = 3;

    /// <summary>0.00%</summary>
    public const uint Percent = 4;

    public const uint Wrapped = 5;
}

/// <summary>One cell: text or a number (null: an empty cell), with a cell format of the stylesheet.</summary>
internal sealed record Cell(string? TextValue, decimal? NumberValue, uint Style)
{
    public static Cell Text(string value, uint style = CellStyle.Plain) => new(value, null, style);

    public static Cell Text(LocalizedString value, uint style = CellStyle.Plain) => new(value.Value, null, style);

    public static Cell Number(decimal? value, uint style) => new(null, value, style);

    public static Cell Amount(Metric metric, decimal? value) => Number(value, MetricRules.IsMoney(metric) ? CellStyle.Money : CellStyle.Units);

    public DocumentFormat.OpenXml.Spreadsheet.Cell ToCell(string reference)
    {
        var cell = new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, StyleIndex = Style == CellStyle.Plain ? null : Style };
        if (NumberValue is { } number)
        {
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(number.ToString("0.############################", CultureInfo.InvariantCulture));
        }
        else if (TextValue is not null)
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(TextValue) { Space = SpaceProcessingModeValues.Preserve });
        }

        return cell;
    }
}

/// <summary>A sheet being written: rows of cells and the columns' widths in characters.</summary>
internal sealed class Sheet(string name, IReadOnlyList<double> widths)
{
    private readonly List<IReadOnlyList<Cell>> _rows = [];

    public string Name => name;

    public void Add(params IEnumerable<Cell> cells) => _rows.Add([.. cells]);

    public void Blank() => _rows.Add([]);

    public Worksheet ToWorksheet()
    {
        var columns = new Columns(widths.Select((w, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true,
        }));
        var data = new SheetData();
        for (var r = 0; r < _rows.Count; r++)
        {
            var rowIndex = (uint)r + 1;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < _rows[r].Count; c++)
            {
                row.Append(_rows[r][c].ToCell(ColumnName(c) + rowIndex.ToString(CultureInfo.InvariantCulture)));
            }

            data.Append(row);
        }

        return new Worksheet(columns, data);
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
