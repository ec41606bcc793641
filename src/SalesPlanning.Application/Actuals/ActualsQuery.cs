using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Actuals;

/// <summary>Actual sales, volume and collections of some scope in one month.</summary>
public sealed record ActualTotals(decimal SalesAmount, long SalesVolume, decimal Collections)
{
    public static ActualTotals Zero { get; } = new(0m, 0, 0m);

    public decimal For(Metric metric) => metric switch
    {
        Metric.SalesAmount => SalesAmount,
        Metric.SalesVolume => SalesVolume,
        Metric.Collections => Collections,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}

/// <summary>Narrows actuals to a region, a rep and/or a product; null means all.</summary>
public sealed record ActualsFilter(Guid? RegionId = null, Guid? RepId = null, Guid? ProductId = null)
{
    public static ActualsFilter All { get; } = new();
}

/// <summary>
/// The one place every figure reads actuals from: monthly actuals per rep, product and region.
/// Today that is the imported history; weekly progress will add to it here.
/// </summary>
public sealed class ActualsQuery(IDbContextFactory<SalesPlanningDbContext> contexts)
{
    /// <summary>
    /// The month's actuals grouped by region, rep or product. Customer segments are not in the
    /// history, so grouping by them returns nothing (split helpers then split evenly).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ActualTotals>> ByAsync(
        Period period, Dimension groupBy, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        if (groupBy == Dimension.CustomerSegment)
        {
            return new Dictionary<Guid, ActualTotals>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Filtered(db, period, filter);
        var grouped = groupBy switch
        {
            Dimension.Region => rows.GroupBy(a => a.RegionId),
            Dimension.Rep => rows.GroupBy(a => a.RepId),
            Dimension.Product => rows.GroupBy(a => a.ProductId),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, null),
        };
        return await grouped
            .Select(g => new { g.Key, Amount = g.Sum(a => a.SalesAmount), Volume = g.Sum(a => a.SalesVolume), Collections = g.Sum(a => a.Collections) })
            .ToDictionaryAsync(g => g.Key, g => new ActualTotals(g.Amount, g.Volume, g.Collections), cancellationToken);
    }

    public async Task<ActualTotals> TotalAsync(Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await Filtered(db, period, filter)
            .GroupBy(_ => 1)
            .Select(g => new ActualTotals(g.Sum(a => a.SalesAmount), g.Sum(a => a.SalesVolume), g.Sum(a => a.Collections)))
            .SingleOrDefaultAsync(cancellationToken);
        return totals ?? ActualTotals.Zero;
    }

    private static IQueryable<Domain.Progress.MonthlyActual> Filtered(SalesPlanningDbContext db, Period period, ActualsFilter filter)
    {
        var rows = db.MonthlyActuals.AsNoTracking().Where(a => a.PeriodKey == period.Key);
        if (filter.RegionId is { } region)
        {
            rows = rows.Where(a => a.RegionId == region);
        }

        if (filter.RepId is { } rep)
        {
            rows = rows.Where(a => a.RepId == rep);
        }

        if (filter.ProductId is { } product)
        {
            rows = rows.Where(a => a.ProductId == product);
        }

        return rows;
    }
}
