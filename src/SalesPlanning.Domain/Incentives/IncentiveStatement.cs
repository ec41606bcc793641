namespace SalesPlanning.Domain.Incentives;

/// <summary>The kinds of statement line, in the order a statement shows them.</summary>
public enum LineKind
{
    /// <summary>Base pay: the grade's base, or base × achievement (not below the floor) on a missed target. Basis: the grade's base; Percent: the factor applied.</summary>
    BasePay,

    /// <summary>Commission on the commission base at the tier's rate. Basis: the commission base; Percent: the rate; Tier: the row.</summary>
    Commission,

    /// <summary>A share of the team bonus pool. Basis: the part of the pool shared; Percent: the person's weight in it.</summary>
    PoolShare,

    /// <summary>A rep's share of the pool forfeited to the department fund (their own target missed); amount 0.</summary>
    PoolShareForfeited,

    /// <summary>The quarter's best rep's award. Basis: the quarter's reserve; Percent: the rep's quarter achievement.</summary>
    QuarterBest,

    /// <summary>The head's bonus on the department's sales above target. Basis: the excess; Percent: the rate.</summary>
    OverTarget,

    /// <summary>Commission held back until December (negative). Basis: the month's commission; Percent: the holdback.</summary>
    Holdback,

    /// <summary>December: the year's holdbacks paid out. Basis: held in earlier runs; the amount adds this month's.</summary>
    HoldbackRelease,
}

/// <summary>One line of a statement: its amount (to the cent) and the figures it came from.</summary>
public sealed record StatementLine(LineKind Kind, decimal Amount, decimal Basis, decimal? Percent = null, CommissionTier? Tier = null);

/// <summary>
/// One person's statement of a month: the figures it came from (own target, sales, achievement,
/// collections by age, commission base) and its lines; <see cref="Payable"/> is their exact sum.
/// </summary>
public sealed record IncentiveStatement(
    Guid PersonId,
    string Name,
    Grade Grade,
    decimal? SalesTarget,
    decimal Sales,
    decimal? AchievementPercent,
    CollectionsByAge Collections,
    decimal CommissionBase,
    IReadOnlyList<StatementLine> Lines)
{
    public decimal Payable => Lines.Sum(l => l.Amount);

    public decimal Amount(LineKind kind) => Lines.Where(l => l.Kind == kind).Sum(l => l.Amount);

    /// <summary>Commission earned this month, whether paid now or held.</summary>
    public decimal Earned => Payable - Amount(LineKind.Holdback) - Amount(LineKind.HoldbackRelease);

    /// <summary>The amount held back from this month's commission (positive).</summary>
    public decimal Held => -Amount(LineKind.Holdback);
}

/// <summary>
/// The team bonus pool of a month (seed 003 六) and where every cent of it went:
/// <c>Pool = HeadPart + RepsPart + NonSalesPart + QuarterReserve</c>, and of the parts what was not paid to
/// anybody (reps who missed their target, no head or non-sales staff) is the department fund (部门建设).
/// In the quarter's last month the quarter's reserves are awarded (or, with no eligible rep, go to the fund
/// as <see cref="QuarterUnawarded"/>).
/// </summary>
public sealed record PoolResult(
    bool Met,
    decimal? Target,
    decimal Sales,
    decimal Pool,
    decimal HeadPart,
    decimal RepsPart,
    decimal NonSalesPart,
    decimal QuarterReserve,
    decimal HeadPaid,
    decimal RepsPaid,
    decimal NonSalesPaid,
    decimal QuarterAwarded,
    decimal QuarterUnawarded,
    decimal Excess,
    decimal OverTargetPaid)
{
    /// <summary>The parts of this month's pool paid to nobody: to the department fund.</summary>
    public decimal Fund => (HeadPart - HeadPaid) + (RepsPart - RepsPaid) + (NonSalesPart - NonSalesPaid);
}

/// <summary>A month's run: every statement and the pool, with the totals that reconcile them.</summary>
public sealed record IncentiveResult(IReadOnlyList<IncentiveStatement> Statements, PoolResult Pool)
{
    public decimal Payable => Statements.Sum(s => s.Payable);

    public decimal Held => Statements.Sum(s => s.Held);

    public decimal Total(LineKind kind) => Statements.Sum(s => s.Amount(kind));
}
