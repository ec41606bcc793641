using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Domain.Plans;

/// <summary>
/// One broken plan rule: the section and field it concerns (e.g. "Items[2].End"; "" for the section
/// as a whole), a stable <see cref="Code"/> that callers turn into a message in the user's language,
/// and the values that message needs (invariant text: numbers, dates, metric names).
/// </summary>
public sealed record PlanProblem(PlanSection Section, string Field, string Code, IReadOnlyList<string> Args)
{
    public PlanProblem(PlanSection section, string field, string code)
        : this(section, field, code, [])
    {
    }
}

/// <summary>Stable codes of <see cref="PlanProblem"/>.</summary>
public static class PlanRules
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string Negative = AmountRules.Negative;
    public const string MoneyDecimals = AmountRules.MoneyDecimals;
    public const string WholeUnits = AmountRules.WholeUnits;
    public const string TooLarge = AmountRules.TooLarge;
    public const string OutsidePeriod = "OutsidePeriod";
    public const string OutsideWindow = "OutsideWindow";
    public const string EndBeforeStart = "EndBeforeStart";
    public const string OutOfRange = "OutOfRange";
    public const string UnknownOption = "UnknownOption";
    public const string TooManyItems = "TooManyItems";
    public const string Duplicate = "Duplicate";
    public const string UnknownWeek = "UnknownWeek";
    public const string WeightsMustSumTo100 = "WeightsMustSumTo100";
    public const string ForecastWeekMissing = "ForecastWeekMissing";
    public const string NarrativeMissing = "NarrativeMissing";
    public const string TargetMissing = "TargetMissing";
    public const string TargetNotAllocated = "TargetNotAllocated";
    public const string RepBreakdownMissing = "RepBreakdownMissing";
}

/// <summary>Several plan rules were broken at once; <see cref="Problems"/> lists every one.</summary>
public sealed class PlanRulesException : Common.DomainException
{
    public PlanRulesException(IReadOnlyList<PlanProblem> problems)
        : base(string.Join(" ", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => $"{p.Section}/{p.Field}: {p.Code}.")))
    {
        Problems = problems;
    }

    public IReadOnlyList<PlanProblem> Problems { get; }
}
