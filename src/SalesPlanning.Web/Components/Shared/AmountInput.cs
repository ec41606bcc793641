using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Components.Shared;

/// <summary>
/// The checks a form runs on a typed amount before saving, answering with a resource key so the
/// message is in the user's language. The server checks the same rules again (MetricRules).
/// </summary>
public static class AmountInput
{
    public static string? Problem(Metric metric, decimal amount) =>
        amount < 0 ? "Error_Negative"
        : amount > MetricRules.MaxAmount(metric) ? "Error_TooLarge"
        : decimal.Round(amount, MetricRules.Decimals(metric)) != amount ? (MetricRules.IsMoney(metric) ? "Error_MoneyDecimals" : "Error_WholeUnits")
        : null;
}
