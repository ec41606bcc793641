using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Performance;

/// <summary>Where a scorecard's weights came from.</summary>
public enum WeightSource
{
    /// <summary>The KPI weights section of the region's approved plan of the month.</summary>
    Plan = 1,

    /// <summary>The company's default weights (no approved plan for the month).</summary>
    Company = 2,
}

/// <summary>
/// A rep's scorecard as it stood when the region's month-end review was signed off (DESIGN §9): the
/// lines with the targets, actuals, weights and points used, the total and the cap. Never changed
/// afterwards; the month's live figures are no longer read for it.
/// </summary>
public sealed class FrozenScorecard
{
    private FrozenScorecard(Guid repId, Guid regionId, int periodKey)
    {
        Id = Guid.CreateVersion7();
        RepId = repId;
        RegionId = regionId;
        PeriodKey = periodKey;
    }

    // For EF Core.
    private FrozenScorecard()
    {
    }

    public Guid Id { get; private set; }

    public Guid RepId { get; private set; }

    public Guid RegionId { get; private set; }

    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    /// <summary>Null when nothing could be scored.</summary>
    public decimal? Total { get; private set; }

    public decimal Cap { get; private set; }

    public bool WeightsScaled { get; private set; }

    public WeightSource WeightsFrom { get; private set; }

    public IReadOnlyList<KpiLine> Lines { get; private set; } = [];

    public Guid FrozenBy { get; private set; }

    public DateTimeOffset FrozenAt { get; private set; }

    public ScoreSheet Sheet => new(Lines, Total, Cap, WeightsScaled);

    public static FrozenScorecard Freeze(Guid repId, Guid regionId, Period period, ScoreSheet sheet, WeightSource weightsFrom, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(sheet);
        if (repId == Guid.Empty || regionId == Guid.Empty)
        {
            throw new DomainException("A scorecard needs a rep and a region.");
        }

        return new FrozenScorecard(repId, regionId, period.Key)
        {
            Total = sheet.Total,
            Cap = sheet.Cap,
            WeightsScaled = sheet.WeightsScaled,
            WeightsFrom = weightsFrom,
            Lines = sheet.Lines,
            FrozenBy = by,
            FrozenAt = at,
        };
    }
}
