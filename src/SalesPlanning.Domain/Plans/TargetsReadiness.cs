using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Domain.Plans;

/// <summary>How far the region's target of one metric is set and decomposed, for the plan's rules.</summary>
/// <param name="Unbalanced">Dimensions whose breakdown does not sum to the target yet.</param>
public sealed record MetricReadiness(Metric Metric, bool HasTarget, bool HasRepBreakdown, IReadOnlyList<Dimension> Unbalanced);

/// <summary>The state of the region's targets when a plan is submitted or approved (read from Targets).</summary>
public sealed record TargetsReadiness(IReadOnlyList<MetricReadiness> Metrics)
{
    /// <summary>The target problems of §5: every metric has a target, split to reps, and every breakdown balances.</summary>
    public IEnumerable<PlanProblem> Problems()
    {
        foreach (var metric in Metrics.OrderBy(m => m.Metric))
        {
            var name = metric.Metric.ToString();
            if (!metric.HasTarget)
            {
                yield return new PlanProblem(PlanSection.Targets, name, PlanRules.TargetMissing, [name]);
                continue;
            }

            if (!metric.HasRepBreakdown)
            {
                yield return new PlanProblem(PlanSection.Targets, name, PlanRules.RepBreakdownMissing, [name]);
            }

            foreach (var dimension in metric.Unbalanced.Order())
            {
                yield return new PlanProblem(PlanSection.Targets, name, PlanRules.TargetNotAllocated, [name, dimension.ToString()]);
            }
        }
    }

    /// <summary>Whether every breakdown that exists balances (what approving requires).</summary>
    public bool AllBalanced => Metrics.All(m => m.Unbalanced.Count == 0);
}
