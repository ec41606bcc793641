using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Progress;

/// <summary>How a weekly figure is kept: money to the cent, or a whole number.</summary>
public enum FigureKind
{
    Money,
    Count,
}

/// <summary>
/// One of the <see cref="WeeklyFigures"/> by name (<see cref="WeeklyFigures.All"/> lists them): its kind, its upper
/// bound, how to read it and how to set it. Whatever goes over every figure — the bounds, the grid's columns, the audit's
/// rows, a JSON body — goes over this list instead of naming each field again.
/// </summary>
public sealed class WeeklyFigure
{
    private readonly Func<WeeklyFigures, decimal> _read;
    private readonly Func<WeeklyFigures, decimal, WeeklyFigures> _write;

    private WeeklyFigure(string name, FigureKind kind, decimal max, Func<WeeklyFigures, decimal> read, Func<WeeklyFigures, decimal, WeeklyFigures> write)
    {
        Name = name;
        Kind = kind;
        Max = max;
        _read = read;
        _write = write;
    }

    /// <summary>The property's name on <see cref="WeeklyFigures"/>; the field name of rules, forms, the API and the audit.</summary>
    public string Name { get; }

    public FigureKind Kind { get; }

    /// <summary>The largest value one rep reports in one week.</summary>
    public decimal Max { get; }

    public decimal ValueOf(WeeklyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return _read(figures);
    }

    /// <summary>The figures with this one set to <paramref name="value"/>; a count must be a whole number its property can hold.</summary>
    public WeeklyFigures With(WeeklyFigures figures, decimal value)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (Kind == FigureKind.Count && decimal.Truncate(value) != value)
        {
            throw new DomainException($"{Name} is a whole number.");
        }

        try
        {
            return _write(figures, value);
        }
        catch (OverflowException)
        {
            throw new DomainException($"{Name} must be at most {Max}.");
        }
    }

    public override string ToString() => Name;

    internal static WeeklyFigure Money(string name, Func<WeeklyFigures, decimal> read, Func<WeeklyFigures, decimal, WeeklyFigures> write) =>
        new(name, FigureKind.Money, WeeklyFigures.MaxAmount, read, write);

    /// <summary>A whole number; <paramref name="write"/> gets it as a long and converts it checked to its property's type.</summary>
    internal static WeeklyFigure Count(string name, long max, Func<WeeklyFigures, long> read, Func<WeeklyFigures, long, WeeklyFigures> write) =>
        new(name, FigureKind.Count, max, f => read(f), (f, v) => write(f, (long)v));

    /// <summary>Adds this figure's broken bound, if any, at its name: not negative, not above the maximum, money to the cent.</summary>
    internal void Check(List<ProgressProblem> problems, WeeklyFigures figures)
    {
        var code = Kind == FigureKind.Money ? WeeklyFigures.MoneyProblem(_read(figures)) : WeeklyFigures.CountProblem((long)_read(figures), (long)Max);
        if (code is not null)
        {
            problems.Add(new(Name, code));
        }
    }
}
