using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.Application.Incentives;

/// <summary>A new version of the incentive plan in force from a month; <see cref="Number"/> is the newest version the editor read (0: none).</summary>
public sealed record SaveIncentivePlan(Period EffectiveFrom, IncentiveTerms Terms, int Number);

/// <summary>A person's grade from a month on; null takes them out of the scheme from then.</summary>
public sealed record SetPersonGrade(Guid UserId, Period From, Grade? Grade);

/// <summary>Re-open an approved run: the reason is required and audited.</summary>
public sealed record ReopenIncentiveRun(Period Period, string? Reason);

public static class IncentiveLimits
{
    public const int ReasonMaxLength = 2000;

    /// <summary>Most extra collections a what-if takes.</summary>
    public const decimal MaxWhatIf = 1_000_000_000m;
}
