using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Progress;

/// <summary>
/// One rep's actual sales of one product in one month, imported from history (the templates'
/// past figures). Weekly progress entries add to these once they exist; every figure reads
/// actuals through one query (Application/Actuals).
/// </summary>
public sealed class MonthlyActual
{
    private MonthlyActual(int periodKey, Guid regionId, Guid repId, Guid productId, decimal salesAmount, long salesVolume, decimal collections)
    {
        Id = Guid.CreateVersion7();
        PeriodKey = periodKey;
        RegionId = regionId;
        RepId = repId;
        ProductId = productId;
        SalesAmount = salesAmount;
        SalesVolume = salesVolume;
        Collections = collections;
    }

    // For EF Core.
    private MonthlyActual()
    {
    }

    public Guid Id { get; private set; }

    /// <summary><see cref="Common.Period.Key"/> of the month (yyyyMM).</summary>
    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    /// <summary>The region the rep sold for in that month.</summary>
    public Guid RegionId { get; private set; }

    public Guid RepId { get; private set; }

    public Guid ProductId { get; private set; }

    public decimal SalesAmount { get; private set; }

    public long SalesVolume { get; private set; }

    public decimal Collections { get; private set; }

    public static MonthlyActual Create(
        Period period, Guid regionId, Guid repId, Guid productId, decimal salesAmount, long salesVolume, decimal collections)
    {
        if (regionId == Guid.Empty || repId == Guid.Empty || productId == Guid.Empty)
        {
            throw new DomainException("An actual needs a region, a rep and a product.");
        }

        if (salesVolume < 0)
        {
            throw new DomainException($"Sales volume cannot be negative; it is {salesVolume}.");
        }

        return new MonthlyActual(
            period.Key,
            regionId,
            repId,
            productId,
            Money.FromNonNegative(salesAmount).Amount,
            salesVolume,
            Money.FromNonNegative(collections).Amount);
    }
}
