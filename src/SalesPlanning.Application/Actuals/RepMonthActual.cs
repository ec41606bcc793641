namespace SalesPlanning.Application.Actuals;

/// <summary>
/// One rep's figures of one month in one region, summed over the imported history and the weekly
/// entries (issue 17, ADR 0009). The database keeps it: triggers on <c>monthly_actuals</c> and
/// <c>progress_entries</c> add every insert, update and delete to it in the same statement, so it
/// is never behind the raw rows, whatever wrote them. Only <see cref="ActualsQuery"/> reads it;
/// nothing in the app writes it. <c>SELECT rebuild_rep_month_actuals()</c> recomputes it from the raw rows.
/// </summary>
public sealed class RepMonthActual
{
    // For EF Core: rows come from the database only.
    private RepMonthActual()
    {
    }

    /// <summary><see cref="Domain.Common.Period.Key"/> of the month (yyyyMM).</summary>
    public int PeriodKey { get; private set; }

    /// <summary>The region the figures were sold for (a weekly entry's region is the rep's region when entered).</summary>
    public Guid RegionId { get; private set; }

    public Guid RepId { get; private set; }

    /// <summary>How many imported history rows (one per product) the figures include.</summary>
    public int HistoryRows { get; private set; }

    /// <summary>How many weekly entries the figures include. A row with neither is deleted.</summary>
    public int WeeklyEntries { get; private set; }

    public decimal SalesAmount { get; private set; }

    public long SalesVolume { get; private set; }

    public decimal Collections { get; private set; }

    /// <summary>The imported history's part of <see cref="SalesAmount"/>, which is not split by customers.</summary>
    public decimal HistorySalesAmount { get; private set; }

    public decimal NewCustomerSales { get; private set; }

    public decimal Collections3To6Months { get; private set; }

    public decimal CollectionsOver6Months { get; private set; }

    public long Orders { get; private set; }

    public long NewCustomers { get; private set; }

    public long ExistingCustomerVisits { get; private set; }

    public long Calls { get; private set; }

    public long LostCustomers { get; private set; }
}
