using System.Globalization;

namespace SalesPlanning.Domain.Incentives;

/// <summary>One grade's terms: its monthly base pay and its commission table (empty for grades without commission).</summary>
public sealed record GradeTerms(Grade Grade, decimal BasePay, IReadOnlyList<CommissionTier> Tiers);

/// <summary>
/// The rules of an incentive plan (seed 003 四 to 六, 十, 十一; DESIGN §10; docs/incentives.md): base pay and
/// commission tables per grade, the floor of base pay on a missed target, the commission factors by
/// receivable age, the team bonus pool and its shares, the over-target bonus and the holdback. All rates,
/// shares and factors are percents (0–100, two decimals); amounts are money to the cent.
/// </summary>
public sealed record IncentiveTerms(
    IReadOnlyList<GradeTerms> Grades,
    decimal BaseFloorPercent,
    decimal UpTo3MonthsFactor,
    decimal From3To6MonthsFactor,
    decimal Over6MonthsFactor,
    decimal PoolRate,
    decimal HeadShare,
    decimal RepsShare,
    decimal NonSalesShare,
    decimal QuarterBestShare,
    decimal ExcessRate,
    decimal HoldbackPercent)
{
    /// <summary>Most rows of one commission table.</summary>
    public const int MaxTiers = 20;

    /// <summary>Highest achievement bound a tier may name.</summary>
    public const decimal MaxBound = 1000m;

    /// <summary>Most base pay of one month.</summary>
    public const decimal MaxBasePay = 10_000_000m;

    /// <summary>
    /// Seed 003's scheme: the head's base of 10,000 (四.3), the 50 % floor (四.2, 五.3), part-time 2.5 % (五.6),
    /// receivables 100 / 50 / 0 % by age (十.3), the pool of 1 % split 40 / 50 / 5 / 5 plus 1 % of the excess
    /// (六), 10 % of commission held to December (十一.2). The seed's tables 一 to 三 and the other grades' base
    /// pay are not in its text: the values here are examples for the director to edit.
    /// </summary>
    public static IncentiveTerms Seed003 { get; } = new(
        [
            new GradeTerms(Grade.Head, 10_000m, []),
            new GradeTerms(Grade.SeniorRep, 6_000m, [new(0m, 80m, 2m), new(80m, 100m, 4m), new(100m, 120m, 5m), new(120m, null, 6m)]),
            new GradeTerms(Grade.SalesRep, 5_000m, [new(0m, 60m, 1m), new(60m, 100m, 3m), new(100m, 120m, 4m), new(120m, null, 5m)]),
            new GradeTerms(Grade.Probation, 4_000m, [new(0m, 80m, 1m), new(80m, 100m, 2m), new(100m, null, 3m)]),
            new GradeTerms(Grade.PartTime, 0m, [new(0m, null, 2.5m)]),
            new GradeTerms(Grade.NonSales, 5_000m, []),
        ],
        BaseFloorPercent: 50m,
        UpTo3MonthsFactor: 100m,
        From3To6MonthsFactor: 50m,
        Over6MonthsFactor: 0m,
        PoolRate: 1m,
        HeadShare: 40m,
        RepsShare: 50m,
        NonSalesShare: 5m,
        QuarterBestShare: 5m,
        ExcessRate: 1m,
        HoldbackPercent: 10m);

    public GradeTerms For(Grade grade) => Grades.First(g => g.Grade == grade);

    /// <summary>Every rule these terms break, with the field each concerns; empty when they hold.</summary>
    public IReadOnlyList<IncentiveProblem> Problems()
    {
        var problems = new List<IncentiveProblem>();
        Rate(problems, nameof(BaseFloorPercent), BaseFloorPercent);
        Rate(problems, nameof(UpTo3MonthsFactor), UpTo3MonthsFactor);
        Rate(problems, nameof(From3To6MonthsFactor), From3To6MonthsFactor);
        Rate(problems, nameof(Over6MonthsFactor), Over6MonthsFactor);
        Rate(problems, nameof(PoolRate), PoolRate);
        Rate(problems, nameof(HeadShare), HeadShare);
        Rate(problems, nameof(RepsShare), RepsShare);
        Rate(problems, nameof(NonSalesShare), NonSalesShare);
        Rate(problems, nameof(QuarterBestShare), QuarterBestShare);
        Rate(problems, nameof(ExcessRate), ExcessRate);
        Rate(problems, nameof(HoldbackPercent), HoldbackPercent);
        var shares = HeadShare + RepsShare + NonSalesShare + QuarterBestShare;
        if (shares != 100m)
        {
            problems.Add(new IncentiveProblem(nameof(HeadShare), IncentiveRules.SharesMustSumTo100, [Text(shares)]));
        }

        var grades = Grades ?? [];
        var seen = new HashSet<Grade>();
        for (var i = 0; i < grades.Count; i++)
        {
            var at = Field($"{nameof(Grades)}[{i}]");
            var terms = grades[i];
            if (!Enum.IsDefined(terms.Grade) || !seen.Add(terms.Grade))
            {
                problems.Add(new IncentiveProblem(at + "." + nameof(GradeTerms.Grade), IncentiveRules.Duplicate));
                continue;
            }

            if (terms.BasePay < 0m || decimal.Round(terms.BasePay, 2) != terms.BasePay || terms.BasePay > MaxBasePay)
            {
                problems.Add(new IncentiveProblem(at + "." + nameof(GradeTerms.BasePay), IncentiveRules.AmountInvalid, [Text(MaxBasePay)]));
            }
            else if (!terms.Grade.HasBasePay() && terms.BasePay != 0m)
            {
                problems.Add(new IncentiveProblem(at + "." + nameof(GradeTerms.BasePay), IncentiveRules.NoBasePay));
            }

            TierProblems(problems, at + "." + nameof(GradeTerms.Tiers), terms.Grade, terms.Tiers ?? []);
        }

        foreach (var missing in Incentives.Grades.All.Where(g => !seen.Contains(g)))
        {
            problems.Add(new IncentiveProblem(nameof(Grades), IncentiveRules.GradeMissing, [missing.ToString()]));
        }

        return problems;
    }

    /// <summary>Throws <see cref="IncentiveRulesException"/> when a rule is broken.</summary>
    public IncentiveTerms EnsureValid()
    {
        var problems = Problems();
        return problems.Count == 0 ? this : throw new IncentiveRulesException(problems);
    }

    private static void TierProblems(List<IncentiveProblem> problems, string at, Grade grade, IReadOnlyList<CommissionTier> tiers)
    {
        if (!grade.EarnsCommission())
        {
            if (tiers.Count > 0)
            {
                problems.Add(new IncentiveProblem(at, IncentiveRules.NoCommission));
            }

            return;
        }

        if (tiers.Count == 0)
        {
            problems.Add(new IncentiveProblem(at, IncentiveRules.TiersMissing));
            return;
        }

        if (tiers.Count > MaxTiers)
        {
            problems.Add(new IncentiveProblem(at, IncentiveRules.TooManyTiers, [Text(MaxTiers)]));
            return;
        }

        decimal? previousEnd = 0m;
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var row = Field($"{at}[{i}]");
            Rate(problems, row + "." + nameof(CommissionTier.Rate), tier.Rate);
            var boundsValid = Bound(problems, row + "." + nameof(CommissionTier.FromPercent), tier.FromPercent)
                & (tier.ToPercent is not { } to || Bound(problems, row + "." + nameof(CommissionTier.ToPercent), to));
            if (!boundsValid)
            {
                previousEnd = tier.ToPercent;
                continue;
            }

            if (previousEnd is null)
            {
                // The tier before is open-ended, so this one overlaps it.
                problems.Add(new IncentiveProblem(row + "." + nameof(CommissionTier.FromPercent), IncentiveRules.TierOverlap, [Text(tier.FromPercent), "∞"]));
            }
            else if (tier.FromPercent > previousEnd)
            {
                problems.Add(new IncentiveProblem(row + "." + nameof(CommissionTier.FromPercent), IncentiveRules.TierGap, [Text(previousEnd.Value), Text(tier.FromPercent)]));
            }
            else if (tier.FromPercent < previousEnd)
            {
                problems.Add(new IncentiveProblem(row + "." + nameof(CommissionTier.FromPercent), IncentiveRules.TierOverlap, [Text(tier.FromPercent), Text(previousEnd.Value)]));
            }

            if (tier.ToPercent is { } end && end <= tier.FromPercent)
            {
                problems.Add(new IncentiveProblem(row + "." + nameof(CommissionTier.ToPercent), IncentiveRules.TierEmpty, [Text(tier.FromPercent), Text(end)]));
            }

            if (i == tiers.Count - 1 && tier.ToPercent is { } last)
            {
                problems.Add(new IncentiveProblem(row + "." + nameof(CommissionTier.ToPercent), IncentiveRules.TierNotOpenEnded, [Text(last)]));
            }

            previousEnd = tier.ToPercent;
        }
    }

    private static void Rate(List<IncentiveProblem> problems, string field, decimal value)
    {
        if (value is < 0m or > 100m || decimal.Round(value, 2) != value)
        {
            problems.Add(new IncentiveProblem(field, IncentiveRules.RateOutOfRange, ["0", "100"]));
        }
    }

    private static bool Bound(List<IncentiveProblem> problems, string field, decimal value)
    {
        if (value < 0m || value > MaxBound || decimal.Round(value, 2) != value)
        {
            problems.Add(new IncentiveProblem(field, IncentiveRules.BoundOutOfRange, ["0", Text(MaxBound)]));
            return false;
        }

        return true;
    }

    private static string Field(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
