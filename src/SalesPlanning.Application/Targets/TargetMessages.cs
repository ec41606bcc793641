using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Targets;

/// <summary>
/// Keys of the messages target services return for broken rules. The web layer shows them in the
/// user's language (Web/Localization/SharedResource*.resx has a text for each key); any other text
/// passes through as it is.
/// </summary>
public static class TargetMessages
{
    public const string Negative = "Error_Negative";
    public const string TooLarge = "Error_TooLarge";
    public const string MoneyDecimals = "Error_MoneyDecimals";
    public const string WholeUnits = "Error_WholeUnits";
    public const string MemberNotAllowed = "Rule_MemberNotAllowed";
    public const string TargetLocked = "Rule_TargetLocked";
    public const string ChildTargetLocked = "Rule_ChildTargetLocked";
    public const string Conflict = "Conflict";
    public const string ReasonRequired = "Error_ReasonRequired";
    public const string NameRequired = "Error_NameRequired";
    public const string PercentagesMustSumTo100 = "PercentSumMustBe100";
    public const string PercentDecimals = "Error_PercentDecimals";
    public const string WeightsInvalid = "Error_WeightsInvalid";
    public const string PercentagesOrWeights = "Error_PercentagesOrWeights";
    public const string PeriodFormat = "Error_PeriodFormat";
    public const string ScopeRequired = "Error_ScopeRequired";
    public const string DimensionNotAllowed = "Error_DimensionNotAllowed";
    public const string AmountsRequired = "Error_AmountsRequired";

    /// <summary>What is wrong with an amount of the metric (the domain's rule, <see cref="MetricRules.Check"/>), as a message key; null when it is valid.</summary>
    public static string? AmountProblem(Metric metric, decimal amount) => MetricRules.Check(metric, amount) is { } code ? For(code) : null;

    /// <summary>The message key of a target rule's code (<see cref="AmountRules"/>, <see cref="AllocationRules"/>).</summary>
    public static string For(string code) => code switch
    {
        AmountRules.Negative => Negative,
        AmountRules.MoneyDecimals => MoneyDecimals,
        AmountRules.WholeUnits => WholeUnits,
        AmountRules.TooLarge => TooLarge,
        AllocationRules.MemberNotAllowed or AllocationRules.MemberMissing => MemberNotAllowed,
        _ => code,
    };

    /// <summary>A breakdown's refused rows as messages keyed by the member's id (the row the page and the API name).</summary>
    public static Dictionary<string, string[]> ByRow(IEnumerable<AllocationProblem> rows) =>
        rows.GroupBy(r => r.MemberId.ToString()).ToDictionary(g => g.Key, g => g.Select(r => For(r.Code)).ToArray());
}
