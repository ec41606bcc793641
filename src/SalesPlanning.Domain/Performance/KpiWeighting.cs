using System.Globalization;

namespace SalesPlanning.Domain.Performance;

/// <summary>A KPI's weight in percent (0–100, at most two decimals); a set of them sums to 100.</summary>
public sealed record KpiWeighting(Kpi Kpi, decimal Weight)
{
    /// <summary>
    /// The company's weights until an admin sets others (seed 004's sheet; DESIGN §9): sales 30,
    /// new customers, visits, orders, growth and weekly reports 10 each, calls, lost customers,
    /// conduct and follow-up 5 each; collections 0.
    /// </summary>
    public static IReadOnlyList<KpiWeighting> Defaults { get; } = Array.AsReadOnly(
    [
        new KpiWeighting(Kpi.SalesAmount, 30m),
        new KpiWeighting(Kpi.Collections, 0m),
        new KpiWeighting(Kpi.NewCustomers, 10m),
        new KpiWeighting(Kpi.Visits, 10m),
        new KpiWeighting(Kpi.Calls, 5m),
        new KpiWeighting(Kpi.Orders, 10m),
        new KpiWeighting(Kpi.Growth, 10m),
        new KpiWeighting(Kpi.LostCustomers, 5m),
        new KpiWeighting(Kpi.WeeklyReports, 10m),
        new KpiWeighting(Kpi.Conduct, 5m),
        new KpiWeighting(Kpi.RequestFollowUp, 5m),
    ]);

    /// <summary>
    /// Every rule a set of weights breaks: each 0–100 with two decimals, no KPI twice, the sum (with
    /// <paramref name="otherWeight"/>, weight given to KPIs outside the scorecard) exactly 100.
    /// </summary>
    public static IReadOnlyList<ScorecardProblem> Problems(IReadOnlyList<KpiWeighting> weights, string field = "Weights", decimal otherWeight = 0m)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var problems = new List<ScorecardProblem>();
        var seen = new HashSet<Kpi>();
        for (var i = 0; i < weights.Count; i++)
        {
            var w = weights[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (!Enum.IsDefined(w.Kpi) || !seen.Add(w.Kpi))
            {
                problems.Add(new ScorecardProblem(at + ".Kpi", ScorecardRules.Duplicate));
            }

            if (w.Weight is < 0m or > 100m || decimal.Round(w.Weight, 2) != w.Weight)
            {
                problems.Add(new ScorecardProblem(at + ".Weight", ScorecardRules.WeightOutOfRange, ["0", "100"]));
            }
        }

        var total = weights.Sum(w => w.Weight) + otherWeight;
        if (total != 100m)
        {
            problems.Add(new ScorecardProblem(field, ScorecardRules.WeightsMustSumTo100, [total.ToString("0.##", CultureInfo.InvariantCulture)]));
        }

        return problems;
    }
}
