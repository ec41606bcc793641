using System.Text;

namespace SalesPlanning.Application.Csv;

/// <summary>
/// Keys of the messages the CSV reader gives for a bad file or line. The web layer shows them in the
/// user's language (Web/Localization/SharedResource*.resx); <see cref="CsvLineError.Detail"/> carries
/// the value the message is about (a column name, a count).
/// </summary>
public static class CsvMessages
{
    public const string Empty = "Csv_Empty";
    public const string MissingColumn = "Csv_MissingColumn";
    public const string UnknownColumn = "Csv_UnknownColumn";
    public const string DuplicateColumn = "Csv_DuplicateColumn";
    public const string FieldCount = "Csv_FieldCount";
    public const string UnclosedQuote = "Csv_UnclosedQuote";
    public const string QuoteInField = "Csv_QuoteInField";
    public const string Required = "Csv_Required";
    public const string TooManyRows = "Csv_TooManyRows";
}

/// <summary>A problem with one line of a CSV file (line numbers count from 1, the header included).</summary>
public sealed record CsvLineError(int Line, string Message, string? Column = null, string? Detail = null);

/// <summary>One data record of a CSV file: the line it starts on and its fields by column name.</summary>
public sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, string> _fields;

    internal CsvRow(int line, IReadOnlyDictionary<string, string> fields)
    {
        Line = line;
        _fields = fields;
    }

    public int Line { get; }

    /// <summary>The trimmed field of a column; "" when the file has no such column.</summary>
    public string this[string column] => _fields.TryGetValue(column, out var value) ? value : "";
}

/// <summary>What a CSV file held: its records, and every problem found, each with its line.</summary>
public sealed record CsvReadResult(IReadOnlyList<CsvRow> Rows, IReadOnlyList<CsvLineError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Which columns a CSV file must and may have. Names match case-insensitively, ignoring surrounding
/// spaces; the file may order them as it likes.
/// </summary>
public sealed record CsvLayout(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public IEnumerable<string> All => Required.Concat(Optional);
}

/// <summary>
/// A small RFC 4180 reader: comma-separated, fields in double quotes may hold commas, line breaks and
/// doubled quotes; a UTF-8 byte-order mark is ignored; blank lines are skipped. It reports every bad
/// line rather than stopping at the first, so an import can list them all.
/// </summary>
public static class CsvReader
{
    public const int DefaultMaxRows = 10_000;

    public static async Task<CsvReadResult> ReadAsync(Stream stream, CsvLayout layout, int maxRows = DefaultMaxRows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return Read(await reader.ReadToEndAsync(cancellationToken), layout, maxRows);
    }

    public static CsvReadResult Read(string text, CsvLayout layout, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        var lineErrors = new List<CsvLineError>();
        var records = Split(text.TrimStart('\uFEFF'), lineErrors);
        if (records.Count == 0)
        {
            return new CsvReadResult([], lineErrors.Count > 0 ? lineErrors : [new CsvLineError(1, CsvMessages.Empty)]);
        }

        var errors = new List<CsvLineError>();
        var header = records[0];
        var columns = header.Fields.Select(f => f.Trim()).ToList();
        var known = layout.All.ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
        var names = new List<string?>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            if (!known.TryGetValue(column, out var name))
            {
                errors.Add(new CsvLineError(header.Line, CsvMessages.UnknownColumn, column, column));
                names.Add(null);
            }
            else if (!seen.Add(name))
            {
                errors.Add(new CsvLineError(header.Line, CsvMessages.DuplicateColumn, name, name));
                names.Add(null);
            }
            else
            {
                names.Add(name);
            }
        }

        foreach (var missing in layout.Required.Where(r => !seen.Contains(r)))
        {
            errors.Add(new CsvLineError(header.Line, CsvMessages.MissingColumn, missing, missing));
        }

        if (errors.Count > 0)
        {
            // Without a sound header the lines cannot be read reliably.
            return new CsvReadResult([], errors);
        }

        if (records.Count - 1 > maxRows)
        {
            return new CsvReadResult([], [new CsvLineError(records[maxRows + 1].Line, CsvMessages.TooManyRows, Detail: maxRows.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        var rows = new List<CsvRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Count)
            {
                errors.Add(new CsvLineError(record.Line, CsvMessages.FieldCount,
                    Detail: $"{record.Fields.Count}/{columns.Count}"));
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
            {
                fields[names[i]!] = record.Fields[i].Trim();
            }

            var empty = layout.Required.Where(r => fields[r].Length == 0).ToList();
            foreach (var column in empty)
            {
                errors.Add(new CsvLineError(record.Line, CsvMessages.Required, column, column));
            }

            rows.Add(new CsvRow(record.Line, fields));
        }

        return new CsvReadResult(rows, [.. errors.Concat(lineErrors).OrderBy(e => e.Line)]);
    }

    private sealed record RawRecord(int Line, List<string> Fields);

    /// <summary>Splits the text into records; a record keeps the line it starts on.</summary>
    private static List<RawRecord> Split(string text, List<CsvLineError> errors)
    {
        var records = new List<RawRecord>();
        var field = new StringBuilder();
        var fields = new List<string>();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoted = false;
        var afterQuote = false;
        var badLine = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            quoted = false;
            afterQuote = false;
        }

        void EndRecord()
        {
            EndField();
            var blank = fields.Count == 1 && fields[0].Trim().Length == 0;
            if (!blank && !badLine)
            {
                records.Add(new RawRecord(recordLine, [.. fields]));
            }

            fields.Clear();
            badLine = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                case '"' when field.ToString().Trim().Length == 0 && !quoted:
                    field.Clear();
                    inQuotes = true;
                    quoted = true;
                    break;
                case '"':
                    if (!badLine)
                    {
                        errors.Add(new CsvLineError(line, CsvMessages.QuoteInField));
                        badLine = true;
                    }

                    break;
                default:
                    if (afterQuote && !char.IsWhiteSpace(c) && !badLine)
                    {
                        errors.Add(new CsvLineError(line, CsvMessages.QuoteInField));
                        badLine = true;
                    }

                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            errors.Add(new CsvLineError(recordLine, CsvMessages.UnclosedQuote));
            badLine = true;
        }

        EndRecord();
        return records;
    }
}

/// <summary>
/// Writes CSV the reader (and spreadsheet programs) read back: UTF-8 with a byte-order mark, CRLF line
/// ends, fields quoted when they hold a comma, quote or line break, or start with a character a
/// spreadsheet would take for a formula.
/// </summary>
public static class CsvWriter
{
    public static byte[] ToUtf8(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(Write(header, rows));
        return [.. preamble, .. body];
    }

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
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !IsNumber(text))
        {
            // Spreadsheets run such cells as formulas (CSV injection); a leading apostrophe keeps them text.
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

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
