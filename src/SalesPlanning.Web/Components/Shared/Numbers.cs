using System.Globalization;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Components.Shared;

/// <summary>Numbers as the user's language writes them: thousands separators, cents for money, whole units for volume.</summary>
public static class Numbers
{
    public static string Format(Metric metric, decimal? value) =>
        value is null ? "—" : value.Value.ToString(MetricRules.IsMoney(metric) ? "N2" : "N0", CultureInfo.CurrentCulture);

    public static string Percent(decimal? value) =>
        value is null ? "—" : (value.Value / 100m).ToString("P2", CultureInfo.CurrentCulture);

    /// <summary>The input format of a metric's amounts for RadzenNumeric.</summary>
    public static string InputFormat(Metric metric) => MetricRules.IsMoney(metric) ? "#,##0.00" : "#,##0";
}
