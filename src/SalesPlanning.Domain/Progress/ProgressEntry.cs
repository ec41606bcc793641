using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Progress;

/// <summary>
/// One rep's actuals for one week of a period (周进度): sales amount, volume, collections, the
/// activity counts and a note, optionally split by product. A product split, when given, sums to
/// the week's sales amount, volume and collections exactly. The region is the rep's at entry time.
/// One entry per rep and week: saving again replaces it.
/// </summary>
public sealed class ProgressEntry
{
    public const int NoteMaxLength = 2000;

    /// <summary>More products than any week's split needs; guards against huge requests.</summary>
    public const int MaxLines = 300;

    private readonly List<ProgressLine> _lines = [];

    private ProgressEntry(Guid id, int periodKey, int weekNumber, Guid repId, Guid regionId)
    {
        Id = id;
        PeriodKey = periodKey;
        WeekNumber = weekNumber;
        RepId = repId;
        RegionId = regionId;
    }

    // For EF Core.
    private ProgressEntry()
    {
    }

    public Guid Id { get; private set; }

    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    public int WeekNumber { get; private set; }

    public WeekOfMonth Week => WeekOfMonth.From(Period, WeekNumber);

    public Guid RepId { get; private set; }

    public Guid RegionId { get; private set; }

    /// <summary>The week's figures, one value (stored as a complex property, a column each).</summary>
    public WeeklyFigures Figures { get; private set; } = WeeklyFigures.Zero;

    public string? Note { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the week was first saved; a later change keeps it (weekly reports on time, DESIGN §9).</summary>
    public DateTimeOffset EnteredAt { get; private set; }

    public IReadOnlyList<ProgressLine> Lines => _lines.AsReadOnly();

    public uint Version { get; private set; }

    public static ProgressEntry Create(
        Period period, int weekNumber, Guid repId, Guid regionId, WeeklyFigures figures, string? note,
        IReadOnlyList<ProductFigures> lines, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (repId == Guid.Empty || regionId == Guid.Empty)
        {
            throw new DomainException("A progress entry needs a rep and a region.");
        }

        // Throws when the week is not in the period.
        _ = WeekOfMonth.From(period, weekNumber);
        var entry = new ProgressEntry(Guid.CreateVersion7(), period.Key, weekNumber, repId, regionId) { EnteredAt = at };
        entry.Replace(figures, note, lines, at);
        return entry;
    }

    /// <summary>
    /// Replaces the week's figures, note and product split; every broken rule is reported at once
    /// (<see cref="ProgressRulesException"/>). Returns false when nothing changed.
    /// </summary>
    public bool Replace(WeeklyFigures figures, string? note, IReadOnlyList<ProductFigures> lines, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(lines);
        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var problems = Problems(figures, trimmedNote, lines);
        if (problems.Count > 0)
        {
            throw new ProgressRulesException(problems);
        }

        if (figures == Figures && trimmedNote == Note && SameLines(lines))
        {
            return false;
        }

        Figures = figures;
        Note = trimmedNote;
        // A product kept in the split keeps its line (its figures change in place), so a save that changes a split's figures
        // updates rows instead of deleting and inserting them all.
        var kept = _lines.ToDictionary(l => l.ProductId);
        _lines.Clear();
        foreach (var l in lines.OrderBy(l => l.ProductId))
        {
            if (kept.TryGetValue(l.ProductId, out var line))
            {
                line.Change(l.SalesAmount, l.SalesVolume, l.Collections);
            }

            _lines.Add(line ?? new ProgressLine(Id, PeriodKey, l.ProductId, l.SalesAmount, l.SalesVolume, l.Collections));
        }

        UpdatedAt = at;
        return true;
    }

    /// <summary>True when the entry holds exactly these figures, note and split (a retried save).</summary>
    public bool Holds(WeeklyFigures figures, string? note, IReadOnlyList<ProductFigures> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return figures == Figures && trimmedNote == Note && SameLines(lines);
    }

    /// <summary>Every rule the figures, note and split break, coded (<see cref="ProgressRules"/>) by field; empty when valid.</summary>
    public static IReadOnlyList<ProgressProblem> Problems(WeeklyFigures figures, string? note, IReadOnlyList<ProductFigures> lines)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new List<ProgressProblem>(figures.Problems());
        if (note is { Length: > NoteMaxLength })
        {
            problems.Add(new(nameof(Note), ProgressRules.NoteTooLong, [NoteMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        }

        if (lines.Count > MaxLines)
        {
            problems.Add(new(nameof(Lines), ProgressRules.TooManyLines));
            return problems;
        }

        if (lines.Any(l => l.ProductId == Guid.Empty))
        {
            problems.Add(new(nameof(Lines), ProgressRules.ProductMissing));
        }

        if (lines.GroupBy(l => l.ProductId).Any(g => g.Count() > 1))
        {
            problems.Add(new(nameof(Lines), ProgressRules.DuplicateProduct));
        }

        foreach (var line in lines)
        {
            // A line's bound, at the split, naming the figure.
            AddLine(problems, nameof(WeeklyFigures.SalesAmount), WeeklyFigures.MoneyProblem(line.SalesAmount));
            AddLine(problems, nameof(WeeklyFigures.Collections), WeeklyFigures.MoneyProblem(line.Collections));
            AddLine(problems, nameof(WeeklyFigures.SalesVolume), WeeklyFigures.CountProblem(line.SalesVolume, WeeklyFigures.MaxVolume));
        }

        if (lines.Count > 0)
        {
            problems.AddRange(SplitMismatches(figures, lines).Select(field => new ProgressProblem(field, ProgressRules.SplitMismatch)));
        }

        return problems;

        static void AddLine(List<ProgressProblem> problems, string figure, string? code)
        {
            if (code is not null)
            {
                problems.Add(new(nameof(Lines), code, [figure]));
            }
        }
    }

    /// <summary>The totals (by field name) that a non-empty product split does not match.</summary>
    public static IReadOnlyList<string> SplitMismatches(WeeklyFigures figures, IReadOnlyList<ProductFigures> lines)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(lines);
        var mismatches = new List<string>();
        if (lines.Count == 0)
        {
            return mismatches;
        }

        if (lines.Sum(l => l.SalesAmount) != figures.SalesAmount)
        {
            mismatches.Add(nameof(WeeklyFigures.SalesAmount));
        }

        if (lines.Sum(l => l.SalesVolume) != figures.SalesVolume)
        {
            mismatches.Add(nameof(WeeklyFigures.SalesVolume));
        }

        if (lines.Sum(l => l.Collections) != figures.Collections)
        {
            mismatches.Add(nameof(WeeklyFigures.Collections));
        }

        return mismatches;
    }

    private bool SameLines(IReadOnlyList<ProductFigures> lines) =>
        lines.Count == _lines.Count
        && lines.OrderBy(l => l.ProductId).Zip(_lines.OrderBy(l => l.ProductId))
            .All(p => p.First.ProductId == p.Second.ProductId && p.First.SalesAmount == p.Second.SalesAmount
                && p.First.SalesVolume == p.Second.SalesVolume && p.First.Collections == p.Second.Collections);
}
