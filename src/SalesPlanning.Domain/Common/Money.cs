using System.Globalization;

namespace SalesPlanning.Domain.Common;

/// <summary>
/// An amount of money in the company currency, to the cent; stored as numeric(18,2).
/// <c>default(Money)</c> is <see cref="Zero"/>.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public const decimal MaxValue = 999_999_999_999.99m;
    public const int DecimalPlaces = 2;

    private Money(decimal amount)
    {
        Amount = amount;
    }

    public static Money Zero { get; }

    public decimal Amount { get; }

    public bool IsNegative => Amount < 0;

    public bool IsZero => Amount == 0;

    /// <summary>Any amount with at most two decimal places and at most <see cref="MaxValue"/> either way.</summary>
    public static Money From(decimal amount)
    {
        if (decimal.Round(amount, DecimalPlaces) != amount)
        {
            throw new DomainException(
                $"{amount.ToString(CultureInfo.InvariantCulture)} has more than two decimal places; money is kept to the cent.");
        }

        if (Math.Abs(amount) > MaxValue)
        {
            throw new DomainException(
                $"{Format(amount)} is too large; an amount must be between -{Format(MaxValue)} and {Format(MaxValue)}.");
        }

        return new Money(amount);
    }

    /// <summary>Like <see cref="From"/>, and refuses negative amounts.</summary>
    public static Money FromNonNegative(decimal amount)
    {
        var money = From(amount);
        if (money.IsNegative)
        {
            throw new DomainException($"{Format(amount)} is negative; the amount must be zero or more.");
        }

        return money;
    }

    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero;
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    public Money Add(Money other) => From(Amount + other.Amount);

    public Money Subtract(Money other) => From(Amount - other.Amount);

    public Money Negate() => new(-Amount);

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>Invariant, two decimals, no grouping: "1234.50", "-3.00".</summary>
    public override string ToString() => Format(Amount);

    public static Money operator +(Money left, Money right) => left.Add(right);

    public static Money operator -(Money left, Money right) => left.Subtract(right);

    public static Money operator -(Money value) => value.Negate();

    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;

    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;

    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;

    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    private static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
