using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// An annual figure (年度目标) of one metric, to be spread over the twelve months of the year by a
/// monthly distribution; the monthly amounts then become the company targets of each period.
/// </summary>
public sealed record AnnualTarget(int Year, Metric Metric, decimal Amount)
{
    public int Year { get; } = Period.From(Year, 1).Year;

    public Metric Metric { get; } = MetricRules.Valid(Metric);

    public decimal Amount { get; } = MetricRules.Validate(Metric, Amount, "The annual target");

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
        var problems = MonthlyDistribution.WeightProblems(weights);
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
