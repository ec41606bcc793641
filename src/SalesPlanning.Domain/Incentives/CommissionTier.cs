namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// One row of a grade's commission table: achievement of the person's own sales target from
/// <see cref="FromPercent"/> (inclusive) up to <see cref="ToPercent"/> (exclusive; null for the last,
/// open row), paid at <see cref="Rate"/> percent of the commission base. A grade's rows start at 0 and
/// follow each other without gap or overlap.
/// </summary>
public sealed record CommissionTier(decimal FromPercent, decimal? ToPercent, decimal Rate)
{
    /// <summary>Whether an achievement (percent, to 0.01) falls in this row.</summary>
    public bool Holds(decimal achievementPercent) =>
        achievementPercent >= FromPercent && (ToPercent is null || achievementPercent < ToPercent);
}
