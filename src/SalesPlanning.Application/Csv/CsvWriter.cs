using System.Globalization;
using System.Text;

namespace SalesPlanning.Application.Csv;

/// <summary>
/// The CSV writer every export uses, writing what <see cref="CsvReader"/> (and spreadsheet programs) read
/// back: CRLF line ends, fields quoted when they hold a comma, quote or line break or start or end with
/// a space, and a leading apostrophe before a value a spreadsheet would take for a formula (CSV
/// injection: one starting with =, +, -, @, a tab or a CR that is not a number). <see cref="ToUtf8"/>
/// adds the UTF-8 byte-order mark that Excel needs to read Chinese.
/// </summary>
public static class CsvWriter
{
    public static byte[] ToUtf8(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(header, rows))];

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"A row has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            }

            AppendLine(text, row);
        }

        return text.ToString();
    }

    public static string Field(string? value)
    {
        var text = value ?? "";
        if (StartsLikeAFormula(text))
        {
            // Spreadsheets run such cells as formulas; a leading apostrophe keeps them text.
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>Whether a spreadsheet would take the text for a formula: it starts with =, +, -, @, a tab or a CR and is not a number.</summary>
    internal static bool StartsLikeAFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static void AppendLine(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }
}
