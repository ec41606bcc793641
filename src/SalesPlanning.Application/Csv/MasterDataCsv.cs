using System.Text;

namespace SalesPlanning.Application.Csv;

/// <summary>One record of a CSV file with the physical line it starts on (the header is line 1).</summary>
public sealed record MasterDataCsvRecord(int LineNumber, IReadOnlyList<string> Fields);

/// <summary>What is wrong with one line of an imported file; <see cref="Message"/> is a message key.</summary>
public sealed record MasterCsvLineError(int LineNumber, string? Column, string Message);

/// <summary>A parsed file: its header, its records and the lines that could not be read.</summary>
public sealed record MasterDataCsvFile(IReadOnlyList<string> Header, IReadOnlyList<MasterDataCsvRecord> Records, IReadOnlyList<MasterCsvLineError> Errors);

/// <summary>
/// A small RFC 4180 reader and writer for the master data import and export: comma-separated,
/// fields optionally in double quotes (a quote inside doubled), CRLF or LF line ends, line breaks
/// allowed inside quoted fields, a UTF-8 byte order mark ignored. Blank lines are skipped.
/// (A general CSV reader for the users import is being written separately; the two will be merged.)
/// </summary>
public static class MasterDataCsv
{
    public const string UnclosedQuote = "Csv_Error_UnclosedQuote";
    public const string TextAfterQuote = "Csv_Error_TextAfterQuote";

    public static MasterDataCsvFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = new List<MasterDataCsvRecord>();
        var errors = new List<MasterCsvLineError>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atFieldStart = true;
        var recordBroken = false;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            var blank = fields.Count == 1 && fields[0].Length == 0;
            if (!recordBroken && !blank)
            {
                records.Add(new MasterDataCsvRecord(recordLine, fields.ToList()));
            }

            fields.Clear();
            recordBroken = false;
            atFieldStart = true;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                // A quoted field: up to the closing quote; "" is one quote.
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    if (q == '\n')
                    {
                        line++;
                    }

                    field.Append(q);
                    i++;
                }

                if (!closed)
                {
                    errors.Add(new MasterCsvLineError(recordLine, null, UnclosedQuote));
                    recordBroken = true;
                    break;
                }

                atFieldStart = false;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    errors.Add(new MasterCsvLineError(recordLine, null, TextAfterQuote));
                    recordBroken = true;
                    // Skip to the end of the physical line.
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\r' or '\n':
                    EndRecord();
                    i++;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0 || recordBroken)
        {
            EndRecord();
        }

        var header = records.Count > 0 && records[0].LineNumber == 1 ? records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList() : [];
        var body = header.Count > 0 ? records.Skip(1).ToList() : records;
        return new MasterDataCsvFile(header, body, errors);
    }

    /// <summary>Writes a header and rows; fields holding a comma, quote or line break are quoted.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> row)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Quote(row[i]));
        }

        text.Append("\r\n");
    }

    private static string Quote(string value)
    {
        value ??= "";
        // A leading =, +, - or @ would be a formula to a spreadsheet; a quote and an apostrophe keep it text.
        if (value.Length > 0 && value[0] is '=' or '+' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
