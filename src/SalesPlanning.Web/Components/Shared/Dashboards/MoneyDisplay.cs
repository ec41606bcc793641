using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Web.Components.Shared.Dashboards;

/// <summary>How the dashboards write amounts: the company's currency symbol, and whether money shows in 万元 (zh-CN).</summary>
public sealed record MoneyDisplay(string Symbol, bool InTenThousands)
{
    public static MoneyDisplay Default { get; } = new("¥", false);

    public string Amount(Metric metric, decimal? value) => Numbers.Amount(metric, value, Symbol, InTenThousands);

    /// <summary>A chart's value-axis label: the tick written as an amount of the metric, money without cents ("¥1,200,000", "¥120万").</summary>
    public string AxisLabel(Metric metric, double tick) => Numbers.Amount(metric, (decimal)tick, Symbol, InTenThousands, "#,0.##");
}
