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
    public const string NameTooLong = "Error_NameTooLong";
    public const string YearOutOfRange = "Error_YearOutOfRange";
    public const string UnknownMetric = "Error_UnknownMetric";
    public const string SplitNoMembers = "Error_SplitNoMembers";
    public const string SplitNegativeWeight = "Error_SplitNegativeWeight";
    public const string DistributionConflict = "Distribution_Conflict";
    public const string AnnualConflict = "Annual_Conflict";

    /// <summary>
    /// The order in which a field's problems are told: a wrong count or a month out of range before too many
    /// decimals, those before a wrong sum. A field shows one message, the first thing to fix there.
    /// </summary>
    private static readonly string[] Precedence =
        [TargetRules.PercentCount, TargetRules.PercentOutOfRange, TargetRules.PercentDecimals, TargetRules.PercentSum];

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
        TargetRules.NameRequired => NameRequired,
        TargetRules.PercentCount or TargetRules.PercentOutOfRange or TargetRules.PercentSum => PercentagesMustSumTo100,
        TargetRules.PercentDecimals => PercentDecimals,
        TargetRules.WeightCount or TargetRules.WeightOutOfRange or TargetRules.WeightDecimals or TargetRules.WeightsAllZero => WeightsInvalid,
        TargetRules.UnknownMetric => UnknownMetric,
        TargetRules.NoMembers => SplitNoMembers,
        TargetRules.NegativeWeight => SplitNegativeWeight,
        _ => code,
    };

    /// <summary>A coded target problem as a message key, with the values its text names ("key|arg|…").</summary>
    public static string For(TargetProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Code switch
        {
            // The limit (the text says "at most {0} characters").
            TargetRules.NameTooLong => string.Join('|', NameTooLong, problem.Args[0]),
            // The year given, the first and the last year.
            TargetRules.YearOutOfRange => string.Join('|', [YearOutOfRange, .. problem.Args]),
            _ => For(problem.Code),
        };
    }

    /// <summary>
    /// Coded target problems as messages by field (the request's member the page and the API name), one a field:
    /// the first thing to fix there (<see cref="Precedence"/>).
    /// </summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<TargetProblem> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => new[] { For(g.OrderBy(p => Rank(p.Code)).First()) });

    private static int Rank(string code) => Array.IndexOf(Precedence, code) is var i and >= 0 ? i : Precedence.Length;

    /// <summary>A breakdown's refused rows as messages keyed by the member's id (the row the page and the API name).</summary>
    public static Dictionary<string, string[]> ByRow(IEnumerable<AllocationProblem> rows) =>
        rows.GroupBy(r => r.MemberId.ToString()).ToDictionary(g => g.Key, g => g.Select(r => For(r.Code)).ToArray());
}
