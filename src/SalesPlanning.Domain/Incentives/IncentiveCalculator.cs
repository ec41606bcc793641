using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// Computes a month's statements from an incentive plan's terms and the month's figures (seed 003; the
/// rules and a hand-computed example are in docs/incentives.md, the choices in ADR 0008). Pure: the same
/// terms and figures always give the same statements, to the cent. Every line is rounded half away from
/// zero to the cent on its own, so a statement's payable is the exact sum of the lines it shows.
/// </summary>
public static class IncentiveCalculator
{
    public static IncentiveResult Calculate(IncentiveTerms terms, IncentiveMonth month)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(month);
        terms.EnsureValid();
        var people = month.People;
        var pool = PoolOf(terms, month.DepartmentTarget, month.DepartmentSales);
        var met = pool.Met;
        var lines = people.ToDictionary(p => p.PersonId, _ => new List<StatementLine>());
        var statements = new List<IncentiveStatement>();

        // The pool's parts, each to the people it belongs to; what nobody takes stays in the fund.
        decimal headPaid = 0m, repsPaid = 0m, nonSalesPaid = 0m, overTargetPaid = 0m, quarterAwarded = 0m, quarterUnawarded = 0m;
        if (met)
        {
            headPaid = ShareEvenly(lines, people.Where(p => p.Grade == Grade.Head).ToList(), pool.HeadPart, terms.HeadShare);
            nonSalesPaid = ShareEvenly(lines, people.Where(p => p.Grade == Grade.NonSales).ToList(), pool.NonSalesPart, terms.NonSalesShare);
            repsPaid = ShareAmongReps(lines, people.Where(p => p.Grade.SharesRepsPool()).ToList(), pool.RepsPart);
            var heads = people.Where(p => p.Grade == Grade.Head).ToList();
            if (pool.Excess > 0m && heads.Count > 0)
            {
                var bonus = Round(pool.Excess * terms.ExcessRate / 100m);
                var shares = Splitter.Evenly(bonus, heads.Select(h => h.PersonId).ToList(), 2);
                foreach (var head in heads)
                {
                    lines[head.PersonId].Add(new StatementLine(LineKind.OverTarget, shares[head.PersonId], pool.Excess, terms.ExcessRate));
                }

                overTargetPaid = bonus;
            }
        }

        if (month.EndsQuarter)
        {
            var reserved = month.QuarterReservedEarlier + pool.QuarterReserve;
            var best = QuarterBest(people, month.Quarter ?? []);
            if (reserved > 0m && best is not null)
            {
                lines[best.Value.PersonId].Add(new StatementLine(LineKind.QuarterBest, reserved, reserved, best.Value.Achievement));
                quarterAwarded = reserved;
            }
            else
            {
                quarterUnawarded = reserved;
            }
        }

        foreach (var person in people)
        {
            var gradeTerms = terms.For(person.Grade);
            var (target, sales) = person.Grade == Grade.Head ? (month.DepartmentTarget, month.DepartmentSales) : (person.SalesTarget, person.Sales);
            var achievement = Achievement(sales, target);
            var own = new List<StatementLine>();
            if (person.Grade.HasBasePay() && gradeTerms.BasePay > 0m)
            {
                var factor = target is > 0m && sales < target
                    ? Math.Max(achievement!.Value, terms.BaseFloorPercent)
                    : 100m;
                own.Add(new StatementLine(LineKind.BasePay, Round(gradeTerms.BasePay * factor / 100m), gradeTerms.BasePay, factor));
            }

            var commissionBase = 0m;
            var commission = 0m;
            if (person.Grade.EarnsCommission())
            {
                commissionBase = CommissionBase(terms, person.Collections);
                var tier = gradeTerms.Tiers.FirstOrDefault(t => t.Holds(achievement ?? 0m)) ?? gradeTerms.Tiers[0];
                commission = Round(commissionBase * tier.Rate / 100m);
                own.Add(new StatementLine(LineKind.Commission, commission, commissionBase, tier.Rate, tier));
            }

            own.AddRange(lines[person.PersonId]);
            var held = Round(commission * terms.HoldbackPercent / 100m);
            if (held > 0m)
            {
                own.Add(new StatementLine(LineKind.Holdback, -held, commission, terms.HoldbackPercent));
            }

            if (month.EndsYear && person.HeldEarlier + held > 0m)
            {
                own.Add(new StatementLine(LineKind.HoldbackRelease, person.HeldEarlier + held, person.HeldEarlier));
            }

            statements.Add(new IncentiveStatement(
                person.PersonId, person.Name, person.Grade, target, sales, achievement, person.Collections, commissionBase,
                own.OrderBy(l => l.Kind).ToList()));
        }

        return new IncentiveResult(
            statements,
            pool with
            {
                HeadPaid = headPaid,
                RepsPaid = repsPaid,
                NonSalesPaid = nonSalesPaid,
                QuarterAwarded = quarterAwarded,
                QuarterUnawarded = quarterUnawarded,
                OverTargetPaid = overTargetPaid,
            });
    }

    /// <summary>
    /// The month's pool and its parts before anyone is paid: 1 % of the department's sales when they reach
    /// its target, split by the shares; the quarter's reserve takes the cent of rounding so the parts add up
    /// to the pool exactly. Used for earlier months of a quarter too.
    /// </summary>
    public static PoolResult PoolOf(IncentiveTerms terms, decimal? target, decimal sales)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var met = target is > 0m && sales >= target;
        if (!met)
        {
            return new PoolResult(false, target, sales, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m);
        }

        var pool = Round(sales * terms.PoolRate / 100m);
        var head = Round(pool * terms.HeadShare / 100m);
        var reps = Round(pool * terms.RepsShare / 100m);
        var nonSales = Round(pool * terms.NonSalesShare / 100m);
        var reserve = pool - head - reps - nonSales;
        return new PoolResult(true, target, sales, pool, head, reps, nonSales, reserve, 0m, 0m, 0m, 0m, 0m, sales - target!.Value, 0m);
    }

    /// <summary>Own sales as a percent of the own target, to 0.01 %; null without a target.</summary>
    public static decimal? Achievement(decimal sales, decimal? target) =>
        target is > 0m ? Round(sales * 100m / target.Value) : null;

    /// <summary>Collections weighted by the age of what they settle (seed 003 十.3), to the cent.</summary>
    public static decimal CommissionBase(IncentiveTerms terms, CollectionsByAge collections)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(collections);
        return Round(
            (collections.UpTo3Months * terms.UpTo3MonthsFactor / 100m)
            + (collections.From3To6Months * terms.From3To6MonthsFactor / 100m)
            + (collections.Over6Months * terms.Over6MonthsFactor / 100m));
    }

    /// <summary>Half away from zero, to the cent: the rounding of every statement line.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal ShareEvenly(Dictionary<Guid, List<StatementLine>> lines, List<PersonMonth> people, decimal part, decimal sharePercent)
    {
        if (people.Count == 0 || part == 0m)
        {
            return 0m;
        }

        var shares = Splitter.Evenly(part, people.Select(p => p.PersonId).ToList(), 2);
        foreach (var person in people)
        {
            lines[person.PersonId].Add(new StatementLine(LineKind.PoolShare, shares[person.PersonId], part, Round(sharePercent / people.Count)));
        }

        return part;
    }

    /// <summary>
    /// The reps' part split over every rep in proportion to their sales (ADR 0008); a rep who missed their
    /// own target forfeits their share to the department fund. Returns what was paid.
    /// </summary>
    private static decimal ShareAmongReps(Dictionary<Guid, List<StatementLine>> lines, List<PersonMonth> reps, decimal part)
    {
        var totalSales = reps.Sum(r => r.Sales);
        if (reps.Count == 0 || part == 0m || totalSales == 0m)
        {
            return 0m;
        }

        var shares = Splitter.ByWeights(part, reps.ToDictionary(r => r.PersonId, r => r.Sales), 2);
        var paid = 0m;
        foreach (var rep in reps)
        {
            var share = shares[rep.PersonId];
            var weight = Math.Round(rep.Sales * 100m / totalSales, 2, MidpointRounding.AwayFromZero);
            if (rep.SalesTarget is > 0m && rep.Sales >= rep.SalesTarget)
            {
                lines[rep.PersonId].Add(new StatementLine(LineKind.PoolShare, share, part, weight));
                paid += share;
            }
            else
            {
                lines[rep.PersonId].Add(new StatementLine(LineKind.PoolShareForfeited, 0m, share, weight));
            }
        }

        return paid;
    }

    /// <summary>
    /// The rep with the highest achievement over the quarter (sales over own targets, months up to this one);
    /// ties go to the higher sales, then the name. Only reps graded for the pool this month with a quarter target.
    /// </summary>
    private static (Guid PersonId, decimal Achievement)? QuarterBest(IReadOnlyList<PersonMonth> people, IReadOnlyList<QuarterFigures> quarter)
    {
        var eligible = people.Where(p => p.Grade.SharesRepsPool()).ToDictionary(p => p.PersonId, p => p.Name);
        var best = quarter
            .Where(q => eligible.ContainsKey(q.PersonId) && q.SalesTarget > 0m)
            .Select(q => (q.PersonId, Achievement: Achievement(q.Sales, q.SalesTarget)!.Value, q.Sales, Name: eligible[q.PersonId]))
            .OrderByDescending(q => q.Achievement)
            .ThenByDescending(q => q.Sales)
            .ThenBy(q => q.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.PersonId == Guid.Empty ? null : (best.PersonId, best.Achievement);
    }
}
