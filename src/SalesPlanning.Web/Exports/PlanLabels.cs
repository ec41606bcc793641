using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Plans;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Exports;

/// <summary>What the plan's exports (workbook, print view) call things, in the user's language.</summary>
public static class PlanLabels
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>"4.1 Last month review" / "4.1 上月回顾".</summary>
    public static string Section(this IStringLocalizer text, PlanSection section) => text[$"Export_Section_{section}"].Value;

    public static string Status(this IStringLocalizer text, PlanStatus? status) =>
        text[status is null ? "Export_Status_NotStarted" : $"Export_Status_{status}"].Value;

    public static string Metric(this IStringLocalizer text, Metric metric) => text[$"Metric_{metric}"].Value;

    public static string Dimension(this IStringLocalizer text, Dimension dimension) => text[$"Dimension_{dimension}"].Value;

    public static string Group(this IStringLocalizer text, StrategyGroup group) => text[$"Export_StrategyGroup_{group}"].Value;

    public static string Kind(this IStringLocalizer text, ResourceKind kind) => text[$"Export_ResourceKind_{kind}"].Value;

    public static string Category(this IStringLocalizer text, RiskCategory category) => text[$"Export_RiskCategory_{category}"].Value;

    /// <summary>"Monthly sales plan EAST 华东区 · 2026-12".</summary>
    public static string Title(this IStringLocalizer text, PlanView plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return text["Export_Title", $"{plan.RegionCode} {plan.RegionName}", plan.Period.ToString()].Value;
    }

    /// <summary>The name in the user's language, or the other one when that is empty.</summary>
    public static string Name(string nameZh, string nameEn) =>
        IsChinese ? (string.IsNullOrWhiteSpace(nameZh) ? nameEn : nameZh) : (string.IsNullOrWhiteSpace(nameEn) ? nameZh : nameEn);

    public static string Name(ProductName product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return Name(product.NameZh, product.NameEn);
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Amount(Metric metric, decimal? value) =>
        value is null ? "—" : value.Value.ToString(MetricRules.IsMoney(metric) ? "N2" : "N0", CultureInfo.CurrentCulture);

    /// <summary>A fraction as a percentage (0.953 → 95.30%); "—" without one.</summary>
    public static string Ratio(decimal? fraction) => fraction is null ? "—" : fraction.Value.ToString("P2", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);
}
