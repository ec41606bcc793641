namespace SalesPlanning.Application.Actuals;

/// <summary>
/// One region's sales, volume and collections of one month: the sum of its rows in <see cref="RepMonthActual"/>,
/// kept by a trigger on that table (ADR 0009), so a company month is ~100 rows and a company trend one small query.
/// Only <see cref="ActualsQuery"/> reads it; nothing in the app writes it.
/// </summary>
public sealed class RegionMonthActual
{
    // For EF Core: rows come from the database only.
    private RegionMonthActual()
    {
    }

    public int PeriodKey { get; private set; }

    public Guid RegionId { get; private set; }

    /// <summary>How many per-rep rows the figures include. A row with none is deleted.</summary>
    public int RepRows { get; private set; }

    public decimal SalesAmount { get; private set; }

    public long SalesVolume { get; private set; }

    public decimal Collections { get; private set; }

    /// <summary>
    /// A number from one database sequence, drawn again each time the row changes (after its lock is taken, so it is
    /// larger than the one it replaces): a month's row count and the sum of these change with every change to its
    /// figures (<see cref="MonthRevision"/>).
    /// </summary>
    public long Revision { get; private set; }
}
