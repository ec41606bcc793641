using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// One saved version of the incentive plan (DESIGN §10): its terms, in force from <see cref="EffectiveFrom"/>.
/// Never changed once saved; a change is a new version. A month uses the newest version in force for it.
/// </summary>
public sealed class IncentivePlanVersion
{
    private IncentivePlanVersion(int number, int effectiveFromKey, IncentiveTerms terms, Guid savedBy, DateTimeOffset savedAt)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        EffectiveFromKey = effectiveFromKey;
        Terms = terms;
        SavedBy = savedBy;
        SavedAt = savedAt;
    }

    // For EF Core.
    private IncentivePlanVersion()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3… in the order saved; unique, so two saves of the same version at once cannot both land.</summary>
    public int Number { get; private set; }

    public int EffectiveFromKey { get; private set; }

    public Period EffectiveFrom => Period.FromKey(EffectiveFromKey);

    public IncentiveTerms Terms { get; private set; } = IncentiveTerms.Seed003;

    public Guid SavedBy { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>A new version after <paramref name="previousNumber"/> (0 for the first); the terms must hold.</summary>
    public static IncentivePlanVersion Save(int previousNumber, Period effectiveFrom, IncentiveTerms terms, Guid savedBy, DateTimeOffset savedAt)
    {
        ArgumentNullException.ThrowIfNull(effectiveFrom);
        ArgumentNullException.ThrowIfNull(terms);
        return new IncentivePlanVersion(previousNumber + 1, effectiveFrom.Key, terms.EnsureValid(), savedBy, savedAt);
    }

    /// <summary>The version in force for a month: the newest saved whose start is at or before it; null when none.</summary>
    public static IncentivePlanVersion? InForce(IEnumerable<IncentivePlanVersion> versions, Period period)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(period);
        return versions.Where(v => v.EffectiveFromKey <= period.Key).MaxBy(v => v.Number);
    }
}
