using System.Globalization;

namespace SalesPlanning.Domain.Performance;

/// <summary>Why a weighted KPI does not count in a score.</summary>
public enum LeftOutReason
{
    /// <summary>No target (or a zero target of a more-is-better KPI: it asks for nothing).</summary>
    NoTarget = 1,

    /// <summary>A manual KPI the manager has not scored yet.</summary>
    NotScored = 2,

    /// <summary>Growth without last month's sales to grow from.</summary>
    NoBase = 3,
}

/// <summary>
/// What a KPI is scored from: its weight in percent, its target and its actual. Manual KPIs have the
/// target 100 and the manager's score as actual (null: not scored yet); growth has last month's sales
/// amount as target; weekly reports the weeks of the month begun.
/// </summary>
public sealed record KpiInput(Kpi Kpi, decimal Weight, decimal? Target, decimal? Actual);

/// <summary>
/// One line of a scorecard: target, actual, achievement (uncapped; null when it cannot be computed),
/// the weight as set and as applied (scaled when others are left out), and the weighted points.
/// </summary>
public sealed record KpiLine(
    Kpi Kpi, decimal? Target, decimal? Actual, decimal? Achievement, decimal Weight, decimal AppliedWeight, decimal Points, LeftOutReason? LeftOut);

/// <summary>
/// A scored month: the lines in the order given, the total (null when nothing could be scored), the
/// cap used, and whether the weights were scaled because weighted KPIs were left out.
/// </summary>
public sealed record ScoreSheet(IReadOnlyList<KpiLine> Lines, decimal? Total, decimal Cap, bool WeightsScaled)
{
    /// <summary>The weighted KPIs left out of the total (a KPI weighted 0 is never "left out").</summary>
    public IReadOnlyList<KpiLine> LeftOut => [.. Lines.Where(l => l.LeftOut is not null && l.Weight > 0m)];
}

/// <summary>
/// The scorecard rule of DESIGN §9 and issue 13, in one pure function (docs/scorecards.md has the
/// reasoning and a worked example): score = Σ applied weight × min(achievement, cap). A weighted KPI
/// that cannot be scored is left out and the weights of the rest are scaled to sum to 100. Points are
/// rounded to the hundredth, half away from zero, and the total is the sum of the rounded points, so
/// the lines add up to it exactly.
/// </summary>
public static class Scoring
{
    public const decimal MinCap = 1m;
    public const decimal MaxCap = 2m;
    public const int PointDecimals = 2;

    /// <summary>
    /// Achievement of one KPI (a fraction; 1 = 100 %), or why it cannot be computed. More is better:
    /// actual / target. Fewer is better (lost customers): target / actual, 1 when both are 0, the cap
    /// when there is an allowance and nothing was lost, 0 when nothing was allowed and some were lost.
    /// </summary>
    public static (decimal? Achievement, LeftOutReason? LeftOut) Achievement(Kpi kpi, decimal? target, decimal? actual, decimal cap)
    {
        if (KpiCatalog.IsManual(kpi))
        {
            return actual is { } score ? (score / 100m, null) : (null, LeftOutReason.NotScored);
        }

        if (kpi == Kpi.Growth)
        {
            return target is { } base0 and > 0m ? ((actual ?? 0m) / base0, null) : (null, LeftOutReason.NoBase);
        }

        if (target is not { } t)
        {
            return (null, LeftOutReason.NoTarget);
        }

        var a = actual ?? 0m;
        if (KpiCatalog.FewerIsBetter(kpi))
        {
            return a == 0m ? (t == 0m ? 1m : cap, null) : (t / a, null);
        }

        return t == 0m ? (null, LeftOutReason.NoTarget) : (a / t, null);
    }

    /// <summary>
    /// Every rule the inputs break, all at once; empty when they can be scored. <paramref name="unscoredWeight"/>
    /// is the weight a plan gives to KPIs the scorecard does not know: it counts toward the 100.
    /// </summary>
    public static IReadOnlyList<ScorecardProblem> Problems(IReadOnlyList<KpiInput> inputs, decimal cap, decimal unscoredWeight = 0m)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var problems = new List<ScorecardProblem>(KpiWeighting.Problems([.. inputs.Select(i => new KpiWeighting(i.Kpi, i.Weight))], "Kpis", unscoredWeight));
        if (cap is < MinCap or > MaxCap)
        {
            problems.Add(new ScorecardProblem("Cap", ScorecardRules.CapOutOfRange, ["100", "200"]));
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"Kpis[{i}]");
            if (input.Target < 0m)
            {
                problems.Add(new ScorecardProblem(at + ".Target", ScorecardRules.TargetNotWholeNumber));
            }

            if (KpiCatalog.IsManual(input.Kpi))
            {
                if (input.Actual is { } score && !ManualScore.IsValid(score))
                {
                    problems.Add(new ScorecardProblem(at + ".Actual", ScorecardRules.ScoreOutOfRange, ["0", "100"]));
                }
            }
            else if (input.Actual < 0m)
            {
                problems.Add(new ScorecardProblem(at + ".Actual", ScorecardRules.Negative));
            }
        }

        return problems;
    }

    /// <summary>
    /// Scores a month; throws <see cref="ScorecardRulesException"/> with every problem when the inputs break a rule.
    /// A plan's weight on KPIs the scorecard does not know (<paramref name="unscoredWeight"/>) is left out like a
    /// KPI without a target: the other weights are scaled.
    /// </summary>
    public static ScoreSheet Score(IReadOnlyList<KpiInput> inputs, decimal cap, decimal unscoredWeight = 0m)
    {
        var problems = Problems(inputs, cap, unscoredWeight);
        if (problems.Count > 0)
        {
            throw new ScorecardRulesException(problems);
        }

        var computed = inputs.Select(i => (Input: i, Result: Achievement(i.Kpi, i.Target, i.Actual, cap))).ToList();
        var counted = computed.Where(c => c.Result.LeftOut is null && c.Input.Weight > 0m).Sum(c => c.Input.Weight);
        var scaled = unscoredWeight > 0m || computed.Any(c => c.Result.LeftOut is not null && c.Input.Weight > 0m);
        var lines = computed.Select(c =>
        {
            var (input, (achievement, leftOut)) = c;
            if (leftOut is not null || counted == 0m)
            {
                return new KpiLine(input.Kpi, input.Target, input.Actual, achievement, input.Weight, 0m, 0m, leftOut);
            }

            var applied = scaled ? input.Weight * 100m / counted : input.Weight;
            var points = decimal.Round(applied * Math.Min(achievement!.Value, cap), PointDecimals, MidpointRounding.AwayFromZero);
            return new KpiLine(input.Kpi, input.Target, input.Actual, achievement, input.Weight,
                decimal.Round(applied, PointDecimals, MidpointRounding.AwayFromZero), points, null);
        }).ToList();
        decimal? total = counted == 0m ? null : lines.Sum(l => l.Points);
        return new ScoreSheet(lines.AsReadOnly(), total, cap, scaled);
    }
}

/// <summary>A manager's 0–100 score of a manual KPI, with at most one decimal.</summary>
public static class ManualScore
{
    public const decimal Max = 100m;
    public const int Decimals = 1;
    public const int CommentMaxLength = 1000;

    public static bool IsValid(decimal score) => score is >= 0m and <= Max && decimal.Round(score, Decimals) == score;
}
