namespace SalesPlanning.Domain.Progress;

/// <summary>One product's share of a week's entry: amount, volume and collections.</summary>
public sealed class ProgressLine
{
    internal ProgressLine(Guid entryId, Guid productId, decimal salesAmount, long salesVolume, decimal collections)
    {
        Id = Guid.CreateVersion7();
        EntryId = entryId;
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

    public Guid ProductId { get; private set; }

    public decimal SalesAmount { get; private set; }

    public long SalesVolume { get; private set; }

    public decimal Collections { get; private set; }
}

/// <summary>A product line as the caller gives it.</summary>
public sealed record ProductFigures(Guid ProductId, decimal SalesAmount, long SalesVolume, decimal Collections);
