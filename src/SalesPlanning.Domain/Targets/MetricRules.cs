using System.Globalization;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// What an amount of each metric may be: money (sales amount, collections) to the cent from 0 to
/// <see cref="Money.MaxValue"/>; volume in whole units from 0 to <see cref="MaxVolume"/>.
/// </summary>
public static class MetricRules
{
    /// <summary>The largest sales volume, in units (the same twelve digits as money allows).</summary>
    public const decimal MaxVolume = 999_999_999_999m;

    public static bool IsMoney(Metric metric) => Valid(metric) != Metric.SalesVolume;

    /// <summary>Decimal places an amount of the metric has: 2 for money, 0 for volume.</summary>
    public static int Decimals(Metric metric) => IsMoney(metric) ? Money.DecimalPlaces : 0;

    public static decimal MaxAmount(Metric metric) => IsMoney(metric) ? Money.MaxValue : MaxVolume;

    /// <summary>
    /// Returns <paramref name="amount"/> when it is a valid amount of the metric; otherwise throws a
    /// <see cref="DomainException"/> whose message starts with <paramref name="field"/>
    /// (e.g. "Target amount", "The allocation to product …").
    /// </summary>
    public static decimal Validate(Metric metric, decimal amount, string field)
    {
        var problem = ProblemWith(metric, amount, field);
        return problem is null ? amount : throw new DomainException(problem);
    }

    /// <summary>
    /// The one rule for an amount of the metric, as a stable code (<see cref="AmountRules"/>): what is wrong,
    /// or null when the amount is valid. The domain's sentences and the message keys users see both come from it.
    /// </summary>
    public static string? Check(Metric metric, decimal amount) =>
        amount < 0 ? AmountRules.Negative
        : decimal.Round(amount, Decimals(metric)) != amount ? (IsMoney(metric) ? AmountRules.MoneyDecimals : AmountRules.WholeUnits)
        : amount > MaxAmount(metric) ? AmountRules.TooLarge
        : null;

    /// <summary>The sentence <see cref="Validate"/> would throw, or null when the amount is valid.</summary>
    public static string? ProblemWith(Metric metric, decimal amount, string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var text = amount.ToString(CultureInfo.InvariantCulture);
        return Check(metric, amount) switch
        {
            null => null,
            AmountRules.Negative => $"{field} cannot be negative; it is {text}.",
            AmountRules.MoneyDecimals => $"{field} has more than two decimal places ({text}); money is kept to the cent.",
            AmountRules.WholeUnits => $"{field} must be a whole number of units; {text} is not.",
            _ => $"{field} is too large ({text}); it must be at most {Format(metric, MaxAmount(metric))}.",
        };
    }

    /// <summary>Invariant, no grouping: "1280000.00" for money, "12" for volume.</summary>
    public static string Format(Metric metric, decimal amount) =>
        amount.ToString(IsMoney(metric) ? "0.00" : "0", CultureInfo.InvariantCulture);

    internal static Metric Valid(Metric metric) =>
        Enum.IsDefined(metric) ? metric : throw new DomainException($"{(int)metric} is not a metric.");
}

/// <summary>Stable codes of <see cref="MetricRules.Check"/>: the same names as <c>PlanRules</c>' amount codes.</summary>
public static class AmountRules
{
    public const string Negative = "Negative";
    public const string MoneyDecimals = "MoneyDecimals";
    public const string WholeUnits = "WholeUnits";
    public const string TooLarge = "TooLarge";
}
