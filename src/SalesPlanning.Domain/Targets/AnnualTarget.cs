using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// An annual figure (年度目标) of one metric, to be spread over the twelve months of the year by a
/// monthly distribution; the monthly amounts then become the company targets of each period.
/// </summary>
public sealed record AnnualTarget
{
    /// <summary>Throws a <see cref="TargetRulesException"/> with every problem of <see cref="Problems"/>.</summary>
    public AnnualTarget(int year, Metric metric, decimal amount)
    {
        var problems = Problems(year, metric, amount);
        if (problems.Count > 0)
        {
            throw new TargetRulesException(problems);
        }

        Year = year;
        Metric = metric;
        Amount = amount;
    }

    public int Year { get; }

    public Metric Metric { get; }

    /// <summary>A valid amount of the metric (<see cref="MetricRules.Check"/>).</summary>
    public decimal Amount { get; }

    /// <summary>
    /// Every rule an annual target of that year, metric and amount breaks, coded at its field ("Year", "Metric",
    /// "Amount"; the amount's codes are <see cref="AmountRules"/>); empty when it is valid.
    /// </summary>
    public static IReadOnlyList<TargetProblem> Problems(int year, Metric metric, decimal amount)
    {
        var problems = new List<TargetProblem>();
        if (year is < Period.MinYear or > Period.MaxYear)
        {
            problems.Add(new(nameof(Year), TargetRules.YearOutOfRange,
                [TargetProblem.Text(year), TargetProblem.Text(Period.MinYear), TargetProblem.Text(Period.MaxYear)],
                $"Year {year} is outside the supported range {Period.MinYear} to {Period.MaxYear}."));
        }

        if (!Enum.IsDefined(metric))
        {
            problems.Add(new(nameof(Metric), TargetRules.UnknownMetric, [TargetProblem.Text((int)metric)], $"{(int)metric} is not a metric."));
        }
        else if (MetricRules.Check(metric, amount) is { } code)
        {
            problems.Add(new(nameof(Amount), code, [TargetProblem.Text(amount)], MetricRules.ProblemWith(metric, amount, "The annual target")!));
        }

        return problems.AsReadOnly();
    }

    /// <summary>
    /// The twelve monthly amounts, January first, rounded to the cent (money) or the unit (volume)
    /// and summing exactly to <see cref="Amount"/>: each month is rounded down and the rounding
    /// remainder goes a unit at a time to the months rounding cut most, the larger month first
    /// (see <see cref="Splitter"/>). The percentages must be a valid distribution.
    /// </summary>
    public IReadOnlyDictionary<Period, decimal> Spread(IReadOnlyList<decimal> percentages)
    {
        var valid = MonthlyDistribution.Validate(percentages);
        var amounts = Splitter.Split(Amount, valid, MetricRules.Decimals(Metric));
        var months = new Dictionary<Period, decimal>(MonthlyDistribution.Months);
        for (var month = 1; month <= MonthlyDistribution.Months; month++)
        {
            months.Add(Period.From(Year, month), amounts[month - 1]);
        }

        return months.AsReadOnly();
    }

    /// <summary>
    /// The twelve monthly amounts in proportion to <paramref name="weights"/>, January first — ratios such
    /// as seed 003's 3.2 : 2.8 per month, or the months' amounts themselves — rounded and summing exactly
    /// to <see cref="Amount"/> by the same rule as <see cref="Spread(IReadOnlyList{decimal})"/> (ADR 0003).
    /// So 36,000,000.00 with 2.8 April–September and 3.2 October–March gives exactly 2,800,000.00 and
    /// 3,200,000.00, which two-decimal percentages cannot.
    /// </summary>
    public IReadOnlyDictionary<Period, decimal> SpreadByWeights(IReadOnlyList<decimal> weights)
    {
        var problems = MonthlyDistribution.CheckWeights(weights);
        if (problems.Count > 0)
        {
            throw new TargetRulesException(problems);
        }

        var amounts = Splitter.Split(Amount, weights, MetricRules.Decimals(Metric));
        var months = new Dictionary<Period, decimal>(MonthlyDistribution.Months);
        for (var month = 1; month <= MonthlyDistribution.Months; month++)
        {
            months.Add(Period.From(Year, month), amounts[month - 1]);
        }

        return months.AsReadOnly();
    }

    public IReadOnlyDictionary<Period, decimal> Spread(MonthlyDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return Spread(distribution.Percentages);
    }
}
