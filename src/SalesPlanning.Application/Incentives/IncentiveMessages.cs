using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.Application.Incentives;

/// <summary>Message keys of incentive pay; the web layer turns them into the caller's language.</summary>
public static class IncentiveMessages
{
    public const string Conflict = "Incentive_Conflict";
    public const string MonthApproved = "Incentive_MonthApproved";
    public const string NotSignedOff = "Incentive_NotSignedOff";
    public const string AlreadyApproved = "Incentive_AlreadyApproved";
    public const string NotApproved = "Incentive_NotApproved";
    public const string ReasonRequired = "Incentive_ReasonRequired";
    public const string ReasonTooLong = "Incentive_ReasonTooLong";
    public const string UnknownPerson = "Incentive_UnknownPerson";
    public const string AmountInvalid = "Incentive_AmountInvalid";

    public static string Encode(string code, params string[] args) => string.Join('|', [$"IncentiveRule_{code}", .. args]);

    public static string With(string key, params string[] args) => string.Join('|', [key, .. args]);

    public static Dictionary<string, string[]> Errors(IEnumerable<IncentiveProblem> problems, string prefix = "") =>
        problems.GroupBy(p => prefix + p.Field).ToDictionary(
            g => g.Key,
            g => g.Select(p => Encode(p.Code, [.. p.Code == IncentiveRules.GradeMissing ? p.Args.Select(a => $"Grade_{a}") : p.Args])).ToArray());
}
