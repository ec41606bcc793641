namespace SalesPlanning.Domain.Progress;

/// <summary>
/// One product's share of a week's entry: amount, volume and collections. It carries its entry's month, so a
/// month's product figures read that month's lines only (issue 17), not every line ever saved.
/// </summary>
public sealed class ProgressLine
{
    internal ProgressLine(Guid entryId, int periodKey, Guid productId, decimal salesAmount, long salesVolume, decimal collections)
    {
        Id = Guid.CreateVersion7();
        EntryId = entryId;
        PeriodKey = periodKey;
        ProductId = productId;
        SalesAmount = salesAmount;
        SalesVolume = salesVolume;
        Collections = collections;
    }

    // For EF Core.
    private ProgressLine()
    {
    }

    public Guid Id { get; private set; }

    public Guid EntryId { get; private set; }

    /// <summary>The month of the entry (its <see cref="ProgressEntry.PeriodKey"/>).</summary>
    public int PeriodKey { get; private set; }

    public Guid ProductId { get; private set; }

    public decimal SalesAmount { get; private set; }

    public long SalesVolume { get; private set; }

    public decimal Collections { get; private set; }

    /// <summary>New figures for the line's product (a replace keeps the lines of the products it keeps).</summary>
    internal void Change(decimal salesAmount, long salesVolume, decimal collections)
    {
        SalesAmount = salesAmount;
        SalesVolume = salesVolume;
        Collections = collections;
    }
}

/// <summary>A product line as the caller gives it.</summary>
public sealed record ProductFigures(Guid ProductId, decimal SalesAmount, long SalesVolume, decimal Collections);
