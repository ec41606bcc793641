using System.Collections.ObjectModel;
using System.Globalization;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// A named monthly distribution (月度分配) an annual target is spread by: twelve percentages,
/// January to December, each 0 to 100 with at most two decimals, summing to exactly 100.00.
/// Saved under a name (unique; the database enforces it) and reused.
/// </summary>
/// <remarks>
/// The percentages are kept in the private array field <c>_percentages</c> (12 elements,
/// January first), for EF Core to map as one PostgreSQL <c>numeric(5,2)[]</c> column.
/// </remarks>
public sealed class MonthlyDistribution
{
    public const int Months = 12;
    public const int PercentDecimals = 2;

    /// <summary>Monthly weight of a low-season month (April–September) in seed 003: 2.8 million a month.</summary>
    public const decimal LowSeasonWeight = 2.8m;

    /// <summary>Monthly weight of a peak-season month (October–March) in seed 003: 3.2 million a month.</summary>
    public const decimal PeakSeasonWeight = 3.2m;

    private decimal[] _percentages = new decimal[Months];

    private MonthlyDistribution(string name, decimal[] percentages)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        _percentages = percentages;
    }

    // For EF Core.
    private MonthlyDistribution()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Twelve percentages, January first.</summary>
    public IReadOnlyList<decimal> Percentages => Array.AsReadOnly(_percentages);

    /// <summary>Optimistic concurrency token, maintained by the database.</summary>
    public uint Version { get; private set; }

    /// <summary>A distribution of that name; throws a <see cref="TargetRulesException"/> listing every problem of the name and the percentages.</summary>
    public static MonthlyDistribution Create(string name, IReadOnlyList<decimal> percentages)
    {
        var problems = Problems(name, percentages);
        if (problems.Count > 0)
        {
            throw new TargetRulesException(problems);
        }

        return new MonthlyDistribution(name.Trim(), percentages.ToArray());
    }

    public void Rename(string name)
    {
        if (CheckName(name) is { } problem)
        {
            throw new TargetRulesException([problem]);
        }

        Name = name.Trim();
    }

    public void ChangePercentages(IReadOnlyList<decimal> percentages) => _percentages = Validate(percentages);

    /// <summary>The percentage of one month, 1 = January.</summary>
    public decimal PercentFor(int month) => _percentages[ValidMonth(month) - 1];

    /// <summary>
    /// The percentage of the year that falls in the given months (1 = January), e.g. months 1–3
    /// for the first quarter. Each month may be named once.
    /// </summary>
    public decimal ShareOfMonths(IEnumerable<int> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var seen = new HashSet<int>();
        var share = 0m;
        foreach (var month in months)
        {
            if (!seen.Add(ValidMonth(month)))
            {
                throw new DomainException($"{MonthName(month)} is named more than once.");
            }

            share += _percentages[month - 1];
        }

        return share;
    }

    /// <summary>
    /// Every month the same, 8.33, and the rounding remainder on December: 8.33 × 11 + 8.37.
    /// </summary>
    public static IReadOnlyList<decimal> EvenPreset()
    {
        var month = decimal.Round(100m / Months, PercentDecimals, MidpointRounding.ToZero);
        return WithRemainderOnDecember(Enumerable.Repeat(month, Months).ToArray());
    }

    /// <summary>
    /// The seasonal split of seed 003: low season April–September and peak season October–March
    /// in the ratio 2.8 : 3.2 per month. Each month is rounded to two decimals (7.78 low, 8.89
    /// peak, which sum to 100.02) and, as in <see cref="EvenPreset"/>, the rounding remainder goes
    /// on December: January–March, October and November 8.89, April–September 7.78, December 8.87.
    /// </summary>
    public static IReadOnlyList<decimal> SeasonalPreset()
    {
        var year = (6 * LowSeasonWeight) + (6 * PeakSeasonWeight);
        var months = new decimal[Months];
        for (var month = 1; month <= Months; month++)
        {
            var weight = IsLowSeason(month) ? LowSeasonWeight : PeakSeasonWeight;
            months[month - 1] = decimal.Round(weight * 100m / year, PercentDecimals, MidpointRounding.AwayFromZero);
        }

        return WithRemainderOnDecember(months);
    }

    /// <summary>April to September, the low season (淡季) of seed 003; the other months are the peak (旺季).</summary>
    public static bool IsLowSeason(int month) => ValidMonth(month) is >= 4 and <= 9;

    /// <summary>
    /// Every rule a distribution of that name and those percentages breaks, coded at its field ("Name",
    /// "Percentages"); empty when it is valid. The one check of a distribution: the domain refuses by it and
    /// services report it in the user's language.
    /// </summary>
    public static IReadOnlyList<TargetProblem> Problems(string? name, IReadOnlyList<decimal>? percentages) =>
        [.. CheckName(name) is { } problem ? [problem] : Array.Empty<TargetProblem>(), .. CheckPercentages(percentages)];

    /// <summary>What is wrong with a distribution's name (blank, longer than <see cref="TextLimits.Name"/>), or null.</summary>
    public static TargetProblem? CheckName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        return trimmed.Length == 0
            ? new(nameof(Name), TargetRules.NameRequired, [], "The distribution name is required.")
            : trimmed.Length > TextLimits.Name
            ? new(nameof(Name), TargetRules.NameTooLong, [TargetProblem.Text(TextLimits.Name)],
                $"The distribution name must be at most {TextLimits.Name} characters; it has {trimmed.Length}.")
            : null;
    }

    /// <summary>
    /// Every reason the percentages are not a valid distribution, coded at "Percentages" (empty when they
    /// are): the count, each month's range and decimals (the month, 1 = January, and the value), and the sum.
    /// </summary>
    public static IReadOnlyList<TargetProblem> CheckPercentages(IReadOnlyList<decimal>? percentages)
    {
        const string field = nameof(Percentages);
        if (percentages is null || percentages.Count != Months)
        {
            var count = percentages?.Count ?? 0;
            return [new(field, TargetRules.PercentCount, [TargetProblem.Text(count)],
                $"A monthly distribution has {Months} percentages, January to December; {count} were given.")];
        }

        var problems = new List<TargetProblem>();
        for (var month = 1; month <= Months; month++)
        {
            var percent = percentages[month - 1];
            string[] args = [TargetProblem.Text(month), Format(percent)];
            if (percent is < 0 or > 100)
            {
                problems.Add(new(field, TargetRules.PercentOutOfRange, args,
                    $"The percentage for {MonthName(month)} must be between 0 and 100; it is {Format(percent)}."));
            }
            else if (decimal.Round(percent, PercentDecimals) != percent)
            {
                problems.Add(new(field, TargetRules.PercentDecimals, args,
                    $"The percentage for {MonthName(month)} has more than two decimal places ({Format(percent)})."));
            }
        }

        var sum = percentages.Sum();
        if (sum != 100m)
        {
            problems.Add(new(field, TargetRules.PercentSum, [Format(sum)], $"The percentages add up to {Format(sum)}; they must add up to exactly 100.00."));
        }

        return problems.AsReadOnly();
    }

    /// <summary>
    /// Every reason the percentages are not a valid distribution (empty when they are): the count,
    /// each month's range and decimals, and the sum, which is named. The sentences of <see cref="CheckPercentages"/>.
    /// </summary>
    public static IReadOnlyList<string> ProblemsWith(IReadOnlyList<decimal>? percentages) =>
        [.. CheckPercentages(percentages).Select(p => p.Sentence)];

    /// <summary>The largest monthly weight: a month's amount in money fits (numeric(18,2)).</summary>
    public const decimal MaxWeight = 9_999_999_999_999_999.99m;

    /// <summary>
    /// Every reason twelve monthly weights (ratios or amounts, January first) cannot spread a year, coded at
    /// "Weights" (empty when they can): the count, each month zero or more with at most two decimals, not all zero.
    /// </summary>
    public static IReadOnlyList<TargetProblem> CheckWeights(IReadOnlyList<decimal>? weights)
    {
        const string field = "Weights";
        if (weights is null || weights.Count != Months)
        {
            var count = weights?.Count ?? 0;
            return [new(field, TargetRules.WeightCount, [TargetProblem.Text(count)],
                $"A monthly distribution has {Months} weights, January to December; {count} were given.")];
        }

        var problems = new List<TargetProblem>();
        for (var month = 1; month <= Months; month++)
        {
            var weight = weights[month - 1];
            string[] args = [TargetProblem.Text(month), Format(weight)];
            if (weight is < 0 or > MaxWeight)
            {
                problems.Add(new(field, TargetRules.WeightOutOfRange, args,
                    $"The weight for {MonthName(month)} must be zero or more (at most {Format(MaxWeight)}); it is {Format(weight)}."));
            }
            else if (decimal.Round(weight, PercentDecimals) != weight)
            {
                problems.Add(new(field, TargetRules.WeightDecimals, args,
                    $"The weight for {MonthName(month)} has more than two decimal places ({Format(weight)})."));
            }
        }

        if (problems.Count == 0 && weights.All(w => w == 0))
        {
            problems.Add(new(field, TargetRules.WeightsAllZero, [], "At least one month needs a weight above zero."));
        }

        return problems.AsReadOnly();
    }

    /// <summary>The sentences of <see cref="CheckWeights"/>: every reason the weights cannot spread a year.</summary>
    public static IReadOnlyList<string> WeightProblems(IReadOnlyList<decimal>? weights) =>
        [.. CheckWeights(weights).Select(p => p.Sentence)];

    /// <summary>A copy of valid percentages; throws a <see cref="TargetRulesException"/> listing every problem.</summary>
    internal static decimal[] Validate(IReadOnlyList<decimal> percentages)
    {
        var problems = CheckPercentages(percentages);
        if (problems.Count > 0)
        {
            throw new TargetRulesException(problems);
        }

        return percentages.ToArray();
    }

    private static ReadOnlyCollection<decimal> WithRemainderOnDecember(decimal[] months)
    {
        months[Months - 1] += 100m - months.Sum();
        return Array.AsReadOnly(months);
    }

    private static int ValidMonth(int month) =>
        month is >= 1 and <= Months ? month : throw new DomainException($"Month {month} does not exist; a month is 1 to 12.");

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
