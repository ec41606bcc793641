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

    /// <summary>A fraction as a percentage (0.853 → 85.3%); "—" when there is none (e.g. a zero target).</summary>
    public static string Ratio(decimal? fraction) =>
        fraction is null ? "—" : fraction.Value.ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>Money with its thousands separators and cents.</summary>
    public static string Money(decimal? value) => Format(Metric.SalesAmount, value);

    /// <summary>A date as the user's language writes it.</summary>
    public static string Date(DateOnly? value) => value?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    /// <summary>A moment in the user's local time, to the minute.</summary>
    public static string Moment(DateTimeOffset? value) => value?.ToLocalTime().ToString("g", CultureInfo.CurrentCulture) ?? "";

    /// <summary>The input format of a metric's amounts in a numeric field.</summary>
    public static string InputFormat(Metric metric) => MetricRules.IsMoney(metric) ? "#,##0.00" : "#,##0";

    /// <summary>
    /// An amount of a metric for the dashboards: money with the company's currency symbol (¥1,234.56), or
    /// in ten thousands (万元) when <paramref name="inTenThousands"/> (zh-CN's toggle: ¥123.46万); volume in
    /// whole units; "—" when there is none. Money is written with <paramref name="moneyFormat"/> (cents by default).
    /// </summary>
    public static string Amount(Metric metric, decimal? value, string currencySymbol, bool inTenThousands = false, string moneyFormat = "N2")
    {
        if (value is null || !MetricRules.IsMoney(metric))
        {
            return Format(metric, value);
        }

        return inTenThousands
            ? currencySymbol + (value.Value / 10_000m).ToString(moneyFormat, CultureInfo.CurrentCulture) + "万"
            : currencySymbol + value.Value.ToString(moneyFormat, CultureInfo.CurrentCulture);
    }
}
