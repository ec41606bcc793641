using System.Globalization;
using System.Text;

namespace SalesPlanning.Application.Csv;

/// <summary>
/// Keys of the messages the CSV reader gives for a bad file or line. The web layer shows them in the
/// user's language (Web/Localization/SharedResource*.resx); <see cref="CsvLineError.Detail"/> carries
/// the value the message is about (a column name, a count). An import with messages of its own (the
/// master data and history imports) maps these keys to its own.
/// </summary>
public static class CsvMessages
{
    public const string Empty = "Csv_Empty";
    public const string MissingColumn = "Csv_MissingColumn";
    public const string UnknownColumn = "Csv_UnknownColumn";
    public const string DuplicateColumn = "Csv_DuplicateColumn";
    public const string HeaderNotAsExpected = "Csv_HeaderNotAsExpected";
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

    /// <summary>Whether the file has the column (an optional column may be left out).</summary>
    public bool Has(string column) => _fields.ContainsKey(column);
}

/// <summary>What a CSV file held: its records, and every problem found, each with its line.</summary>
public sealed record CsvReadResult(IReadOnlyList<CsvRow> Rows, IReadOnlyList<CsvLineError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Which columns a CSV file must and may have. Names match case-insensitively, ignoring surrounding
/// spaces. By default the file may order them as it likes and each wrong header column is reported;
/// a layout made with <see cref="InOrderOf"/> wants exactly its columns in its order (trailing optional
/// columns may be left out) and reports a wrong header as one <see cref="CsvMessages.HeaderNotAsExpected"/>.
/// </summary>
public sealed record CsvLayout(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public bool InOrder { get; init; }

    public IEnumerable<string> All => Required.Concat(Optional);

    /// <summary>A header of exactly these columns in this order; the last <paramref name="optionalAtEnd"/> may be left out.</summary>
    public static CsvLayout InOrderOf(IReadOnlyList<string> columns, int optionalAtEnd = 0)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(optionalAtEnd, columns.Count);
        return new CsvLayout([.. columns.Take(columns.Count - optionalAtEnd)], [.. columns.Skip(columns.Count - optionalAtEnd)]) { InOrder = true };
    }
}

/// <summary>
/// The RFC 4180 reader every CSV import uses: comma-separated; lines end in CRLF, LF or a lone CR; a
/// field in double quotes may hold commas, line breaks and doubled quotes (spaces around the quotes are
/// ignored); a quote inside a field that does not start with one is kept as it is. A UTF-8 byte-order
/// mark is ignored, blank lines are skipped, fields are trimmed, and a value the <see cref="CsvWriter"/>
/// wrote with a leading apostrophe (so that spreadsheets do not take it for a formula) is read without
/// it. Line numbers count every physical line of the file, the header being line 1; a record is
/// numbered by the line it starts on. Every bad line is reported, not only the first, so an import can
/// list them all: a quote left open, text after a closing quote, a field count that differs from the
/// header's.
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
        var records = Split(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        if (records.Count == 0)
        {
            return new CsvReadResult([], [new CsvLineError(1, CsvMessages.Empty)]);
        }

        var header = records[0];
        if (header.Problem is { } unreadable)
        {
            return new CsvReadResult([], [new CsvLineError(header.Line, unreadable)]);
        }

        var (names, headerErrors) = layout.InOrder ? MatchInOrder(header, layout) : MatchByName(header, layout);
        if (headerErrors.Count > 0)
        {
            // Without a sound header the lines cannot be read reliably.
            return new CsvReadResult([], headerErrors);
        }

        if (records.Count - 1 > maxRows)
        {
            return new CsvReadResult([], [new CsvLineError(records[maxRows + 1].Line, CsvMessages.TooManyRows, Detail: maxRows.ToString(CultureInfo.InvariantCulture))]);
        }

        var rows = new List<CsvRow>();
        var errors = new List<CsvLineError>();
        foreach (var record in records.Skip(1))
        {
            if (record.Problem is { } problem)
            {
                errors.Add(new CsvLineError(record.Line, problem));
                continue;
            }

            if (record.Fields.Count != names.Count)
            {
                errors.Add(new CsvLineError(record.Line, CsvMessages.FieldCount, Detail: $"{record.Fields.Count}/{names.Count}"));
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Count; i++)
            {
                fields[names[i]] = Value(record.Fields[i]);
            }

            rows.Add(new CsvRow(record.Line, fields));
        }

        return new CsvReadResult(rows, errors);
    }

    /// <summary>The trimmed field, without the apostrophe <see cref="CsvWriter.Field"/> puts before a would-be formula.</summary>
    private static string Value(string field)
    {
        var value = field.Trim();
        return value.Length > 1 && value[0] == '\'' && CsvWriter.StartsLikeAFormula(value[1..]) ? value[1..] : value;
    }

    private static (List<string> Names, List<CsvLineError> Errors) MatchByName(RawRecord header, CsvLayout layout)
    {
        var known = layout.All.ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        var errors = new List<CsvLineError>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in header.Fields.Select(f => f.Trim()))
        {
            if (!known.TryGetValue(column, out var name))
            {
                errors.Add(new CsvLineError(header.Line, CsvMessages.UnknownColumn, column, column));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new CsvLineError(header.Line, CsvMessages.DuplicateColumn, name, name));
            }

            names.Add(name ?? column);
        }

        foreach (var missing in layout.Required.Where(r => !seen.Contains(r)))
        {
            errors.Add(new CsvLineError(header.Line, CsvMessages.MissingColumn, missing, missing));
        }

        return (names, errors);
    }

    private static (List<string> Names, List<CsvLineError> Errors) MatchInOrder(RawRecord header, CsvLayout layout)
    {
        var expected = layout.All.ToList();
        var columns = header.Fields.Select(f => f.Trim()).ToList();
        var fits = columns.Count >= layout.Required.Count && columns.Count <= expected.Count
            && columns.Select((c, i) => string.Equals(c, expected[i], StringComparison.OrdinalIgnoreCase)).All(same => same);
        return fits
            ? (expected.Take(columns.Count).ToList(), [])
            : ([], [new CsvLineError(header.Line, CsvMessages.HeaderNotAsExpected, Detail: string.Join(",", expected))]);
    }

    /// <summary>A record as written: the line it starts on, its raw fields, and what makes it unreadable, if anything.</summary>
    private sealed record RawRecord(int Line, IReadOnlyList<string> Fields, string? Problem);

    /// <summary>Splits the text into records, blank lines left out; a record keeps the line it starts on.</summary>
    private static List<RawRecord> Split(string text)
    {
        var records = new List<RawRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;       // the field started with a quote
        var inQuotes = false;     // ... which is not closed yet
        var hasText = false;      // the field has more than spaces before any quote
        string? problem = null;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            quoted = false;
            hasText = false;
        }

        void EndRecord()
        {
            EndField();
            var blank = fields.Count == 1 && fields[0].Trim().Length == 0;
            if (!blank || problem is not null)
            {
                records.Add(new RawRecord(recordLine, [.. fields], problem));
            }

            fields.Clear();
            problem = null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var crlf = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            var lineEnd = c == '\n' || (c == '\r' && !crlf);
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += lineEnd ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == ',')
            {
                EndField();
            }
            else if (lineEnd)
            {
                EndRecord();
                line++;
                recordLine = line;
            }
            else if (crlf)
            {
                // The CR of a CRLF: the LF ends the line.
            }
            else if (quoted)
            {
                // After the closing quote only spaces may come before the next comma or line end.
                if (!char.IsWhiteSpace(c))
                {
                    problem ??= CsvMessages.QuoteInField;
                }
            }
            else if (c == '"' && !hasText)
            {
                field.Clear();
                quoted = inQuotes = true;
            }
            else
            {
                hasText |= !char.IsWhiteSpace(c);
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            problem ??= CsvMessages.UnclosedQuote;
        }

        EndRecord();
        return records;
    }
}
