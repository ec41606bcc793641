using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// One person's figures of the month for the incentive run. <see cref="SalesTarget"/> is their own sales
/// target (null or 0 when none is set); the head's are the department's target and sales.
/// <see cref="HeldEarlier"/> is the commission held back from them in the year's earlier runs (released in
/// December).
/// </summary>
public sealed record PersonMonth(
    Guid PersonId,
    string Name,
    Grade Grade,
    decimal? SalesTarget,
    decimal Sales,
    CollectionsByAge Collections,
    decimal HeldEarlier = 0m);

/// <summary>A rep's sales and own sales target summed over the quarter's months up to the run's month.</summary>
public sealed record QuarterFigures(Guid PersonId, decimal Sales, decimal SalesTarget);

/// <summary>
/// Everything one month's run needs: the department's sales target and sales, each person's figures in
/// the order statements are shown, the quarter's pool reserves of its earlier months (paid to the
/// quarter's best rep in its last month) and the reps' quarter figures.
/// </summary>
public sealed record IncentiveMonth(
    Period Period,
    decimal? DepartmentTarget,
    decimal DepartmentSales,
    IReadOnlyList<PersonMonth> People,
    decimal QuarterReservedEarlier = 0m,
    IReadOnlyList<QuarterFigures>? Quarter = null)
{
    /// <summary>March, June, September, December: the quarter's best rep is paid.</summary>
    public bool EndsQuarter => Period.Month % 3 == 0;

    /// <summary>December: holdbacks of the year are released.</summary>
    public bool EndsYear => Period.Month == 12;
}
