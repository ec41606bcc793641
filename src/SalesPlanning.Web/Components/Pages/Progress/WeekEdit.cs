using System.Globalization;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Web.Components.Pages.Progress;

/// <summary>
/// One week's row of the "My weeks" grid as the user types it: text per field (parsed on save, so a
/// slip is shown at the field, not lost), the optional product split, and the messages per field.
/// </summary>
public sealed class WeekEdit
{
    /// <summary>The grid's columns in order (<see cref="WeeklyFigures.All"/>): sales, volume, collections and their older parts, then the customers' counts and sales.</summary>
    public static readonly IReadOnlyList<string> Fields = [.. WeeklyFigures.All.Select(f => f.Name)];

    /// <summary>The fields kept to the cent; the others are whole numbers.</summary>
    public static readonly IReadOnlyList<string> MoneyFields = [.. WeeklyFigures.All.Where(f => f.Kind == FigureKind.Money).Select(f => f.Name)];

    /// <summary>The older parts of the collections: optional, empty when every collection is of recent receivables.</summary>
    public static readonly IReadOnlyList<string> AgedCollections =
        [nameof(WeeklyFigures.Collections3To6Months), nameof(WeeklyFigures.CollectionsOver6Months)];

    public const string NotANumber = "Progress_NotANumber";

    public WeekEdit(ProgressWeekView week, IReadOnlyList<ProgressProductView> products)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(products);
        Number = week.Number;
        Start = week.Start;
        End = week.End;
        IsCurrent = week.IsCurrent;
        Load(week.Entry, products);
    }

    public int Number { get; }
    public DateOnly Start { get; }
    public DateOnly End { get; }
    public bool IsCurrent { get; }
    public uint? Version { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public string Note { get; set; } = "";
    public List<LineEdit> Lines { get; } = [];
    public bool ShowSplit { get; set; }
    public bool Dirty { get; set; }
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public bool HasSplit => Lines.Any(l => !l.IsEmpty);

    public void Load(ProgressEntryView? entry, IReadOnlyList<ProgressProductView> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        Version = entry?.Version;
        UpdatedAt = entry?.UpdatedAt;
        foreach (var figure in WeeklyFigures.All)
        {
            var value = entry is null ? (decimal?)null : figure.ValueOf(entry.Figures);
            Values[figure.Name] = figure.Kind == FigureKind.Money ? Money(value) : Count((long?)value);
        }

        Note = entry?.Note ?? "";
        Lines.Clear();
        foreach (var product in products)
        {
            var line = entry?.Lines.FirstOrDefault(l => l.ProductId == product.Id);
            Lines.Add(new LineEdit(product)
            {
                SalesAmount = line is null ? "" : Money(line.SalesAmount),
                SalesVolume = line is null ? "" : Count(line.SalesVolume),
                Collections = line is null ? "" : Money(line.Collections),
            });
        }

        Dirty = false;
        Errors.Clear();
    }

    public void Set(string field, string? value)
    {
        Values[field] = value ?? "";
        Dirty = true;
        Errors.Remove(field);
    }

    /// <summary>The request to save, or null when a field is not a number (the message is then at the field).</summary>
    public SaveProgressEntry? ToRequest(Domain.Common.Period period)
    {
        Errors.Clear();
        var values = WeeklyFigures.All.ToDictionary(f => f.Name,
            f => f.Kind == FigureKind.Money ? ParseMoney(f.Name, Values[f.Name]) : ParseCount(f.Name, Values[f.Name]), StringComparer.Ordinal);
        var lines = new List<ProductFigures>();
        foreach (var line in Lines.Where(l => !l.IsEmpty))
        {
            var key = $"Lines:{line.Product.Id}";
            var a = ParseMoney(key, line.SalesAmount);
            var v = ParseCount(key, line.SalesVolume);
            var c = ParseMoney(key, line.Collections);
            if (a is not null && v is not null && c is not null)
            {
                lines.Add(new ProductFigures(line.Product.Id, a.Value, v.Value, c.Value));
            }
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        // ParseCount refuses counts beyond an int, so every count fits its property.
        var figures = WeeklyFigures.All.Aggregate(WeeklyFigures.Zero, (f, figure) => figure.With(f, values[figure.Name]!.Value));
        return new SaveProgressEntry(period, Number, figures, Note, lines, Version);
    }

    public void Saved(ProgressEntryView entry, IReadOnlyList<ProgressProductView> products) => Load(entry, products);

    public void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        Errors.Clear();
        foreach (var (key, messages) in errors)
        {
            // "Lines[3].SalesAmount" → the split; anything else by its field name.
            var field = key.StartsWith("Lines", StringComparison.Ordinal) ? "Lines" : key;
            if (!Errors.TryGetValue(field, out var list))
            {
                Errors[field] = list = [];
            }

            list.AddRange(messages);
        }
    }

    /// <summary>The sums of the split, per total; shown beside the week's totals.</summary>
    public (decimal Amount, long Volume, decimal Collections) SplitSums() =>
        (Lines.Sum(l => TryMoney(l.SalesAmount) ?? 0m), Lines.Sum(l => TryCount(l.SalesVolume) ?? 0), Lines.Sum(l => TryMoney(l.Collections) ?? 0m));

    public static decimal? TryMoney(string text) =>
        string.IsNullOrWhiteSpace(text) ? 0m
        : decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : null;

    public static long? TryCount(string text) =>
        string.IsNullOrWhiteSpace(text) ? 0
        : long.TryParse(text.Trim(), NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : null;

    private decimal? ParseMoney(string field, string text)
    {
        var value = TryMoney(text);
        if (value is null)
        {
            AddError(field, NotANumber);
        }

        return value;
    }

    private long? ParseCount(string field, string text)
    {
        var value = TryCount(text);
        if (value is null)
        {
            AddError(field, NotANumber);
        }
        else if (value > int.MaxValue)
        {
            AddError(field, "Error_TooLarge");
            return null;
        }
        else if (value < int.MinValue)
        {
            // Refused at the field as any negative count is, rather than wrapped round into an int.
            AddError(field, ProgressMessages.Negative);
            return null;
        }

        return value;
    }

    private void AddError(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var list))
        {
            Errors[field] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    private static string Money(decimal? value) => value is { } v && v != 0 ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static string Count(long? value) => value is { } v && v != 0 ? v.ToString(CultureInfo.InvariantCulture) : "";
}

/// <summary>One product's share of a week as typed.</summary>
public sealed class LineEdit(ProgressProductView product)
{
    public ProgressProductView Product { get; } = product;
    public string SalesAmount { get; set; } = "";
    public string SalesVolume { get; set; } = "";
    public string Collections { get; set; } = "";

    public bool IsEmpty =>
        (WeekEdit.TryMoney(SalesAmount) ?? 1) == 0 && (WeekEdit.TryCount(SalesVolume) ?? 1) == 0 && (WeekEdit.TryMoney(Collections) ?? 1) == 0;
}
