namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// A person's grade in the incentive plan (seed 003, 三 and 五), with the month it starts. It decides
/// the base pay, the commission tiers and the person's part of the team bonus pool.
/// </summary>
public enum Grade
{
    /// <summary>Head of the sales department (销售总监): base by the department's achievement, 40 % of the pool, the over-target bonus.</summary>
    Head,

    /// <summary>Senior sales rep (高级销售代表).</summary>
    SeniorRep,

    /// <summary>Sales rep (销售代表).</summary>
    SalesRep,

    /// <summary>On probation (试用期).</summary>
    Probation,

    /// <summary>Part-time seller (兼职): no base pay, a flat commission rate, no pool share.</summary>
    PartTime,

    /// <summary>Non-sales staff of the department (非销售岗位, e.g. 美工企划): base pay and 5 % of the pool.</summary>
    NonSales,
}

/// <summary>What each grade takes part in.</summary>
public static class Grades
{
    public static IReadOnlyList<Grade> All { get; } = Enum.GetValues<Grade>();

    /// <summary>Grades that earn commission on their collections (everyone who sells).</summary>
    public static bool EarnsCommission(this Grade grade) => grade is Grade.SeniorRep or Grade.SalesRep or Grade.Probation or Grade.PartTime;

    /// <summary>Grades whose reps share the reps' part of the pool (销售代表; part-timers are not 销售代表).</summary>
    public static bool SharesRepsPool(this Grade grade) => grade is Grade.SeniorRep or Grade.SalesRep or Grade.Probation;

    /// <summary>Part-timers have no base pay (seed 003 五.6).</summary>
    public static bool HasBasePay(this Grade grade) => grade is not Grade.PartTime;
}
