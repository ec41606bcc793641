using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SalesPlanning.Domain.Common;

/// <summary>A calendar month (月份), e.g. 2026-12.</summary>
public sealed record Period : IComparable<Period>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private Period(int year, int month)
    {
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>Year * 100 + Month, e.g. 202612; sorts like the period and is how it is stored.</summary>
    public int Key => (Year * 100) + Month;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DaysInMonth);

    public int DaysInMonth => DateTime.DaysInMonth(Year, Month);

    public static Period From(int year, int month)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new DomainException($"Year {year} is outside the supported range {MinYear} to {MaxYear}.");
        }

        if (month is < 1 or > 12)
        {
            throw new DomainException($"Month {month} does not exist; a month is 1 to 12.");
        }

        return new Period(year, month);
    }

    public static Period FromKey(int key)
    {
        var year = key / 100;
        var month = key % 100;
        if (key < 0 || year is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            throw new DomainException(
                $"{key} is not a period key; expected yyyyMM between {MinYear}01 and {MaxYear}12.");
        }

        return new Period(year, month);
    }

    /// <summary>The period a day falls in.</summary>
    public static Period Containing(DateOnly date) => From(date.Year, date.Month);

    /// <summary>Parses "yyyy-MM", the one documented form: a four-digit year and a two-digit month ("2026-1" is refused).</summary>
    public static Period Parse(string value)
    {
        if (TryParse(value, out var period))
        {
            return period;
        }

        throw new DomainException(
            $"'{value}' is not a month; write it as 2026-12 (years {MinYear} to {MaxYear}).");
    }

    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out Period? period)
    {
        period = null;
        if (value is null)
        {
            return false;
        }

        var text = value.AsSpan().Trim();
        if (text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        // NumberStyles.None accepts only the digits 0-9: no sign, spaces or separators.
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < MinYear or > MaxYear
            || month is < 1 or > 12)
        {
            return false;
        }

        period = new Period(year, month);
        return true;
    }

    public Period Previous() => Month == 1 ? From(Year - 1, 12) : From(Year, Month - 1);

    public Period Next() => Month == 12 ? From(Year + 1, 1) : From(Year, Month + 1);

    public Period SameMonthLastYear() => From(Year - 1, Month);

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <summary>The Monday-to-Sunday weeks of this month, clipped to the month, numbered from 1.</summary>
    public IReadOnlyList<WeekOfMonth> Weeks() => WeekOfMonth.AllOf(this);

    public WeekOfMonth WeekOf(DateOnly date)
    {
        if (!Contains(date))
        {
            throw new DomainException(
                $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is not in {this}.");
        }

        return Weeks().First(w => w.Contains(date));
    }

    public int CompareTo(Period? other) => other is null ? 1 : Key.CompareTo(other.Key);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static bool operator <(Period? left, Period? right) => Compare(left, right) < 0;

    public static bool operator >(Period? left, Period? right) => Compare(left, right) > 0;

    public static bool operator <=(Period? left, Period? right) => Compare(left, right) <= 0;

    public static bool operator >=(Period? left, Period? right) => Compare(left, right) >= 0;

    private static int Compare(Period? left, Period? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
