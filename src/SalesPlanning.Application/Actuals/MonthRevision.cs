namespace SalesPlanning.Application.Actuals;

/// <summary>
/// What the database keeps to tell whether a month's targets or actuals changed (issue 17): triggers draw a number
/// from one sequence into <see cref="Targets"/> whenever a target of the month is added, changed or removed, and
/// into <see cref="ActualsRemoved"/> when a region's row of the month leaves <see cref="RegionMonthActual"/>; every
/// other change to the month's actuals draws a new <see cref="RegionMonthActual.Revision"/>. Only
/// <see cref="ActualsQuery.RevisionsAsync"/> reads it; nothing in the app writes it.
/// </summary>
public sealed class MonthRevision
{
    // For EF Core: rows come from the database only.
    private MonthRevision()
    {
    }

    /// <summary><see cref="Domain.Common.Period.Key"/> of the month (yyyyMM).</summary>
    public int PeriodKey { get; private set; }

    public long Targets { get; private set; }

    public long ActualsRemoved { get; private set; }
}
