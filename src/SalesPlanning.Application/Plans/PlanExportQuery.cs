using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Plans;

/// <summary>
/// Everything an export of a plan shows (DESIGN §5: printable page, Excel workbook, production file):
/// the plan with its sections, the §4.1 figures, and the region's targets with their breakdowns. Each
/// part is read through the service that owns it, so the read rules are the services' own: whoever may
/// read the plan may export it, in any status.
/// </summary>
public sealed class PlanExportQuery(
    ISalesPlanningDbFactory contexts,
    PlanService plans,
    PlanReviewQuery review,
    TargetService targets)
{
    /// <summary>The dimensions a region's target is split along, in the order exports show them.</summary>
    public static readonly IReadOnlyList<Dimension> Dimensions = [Dimension.Rep, Dimension.Product, Dimension.CustomerSegment];

    public async Task<Result<PlanExport>> ForAsync(Actor actor, Guid planId, CancellationToken cancellationToken = default)
    {
        var plan = await plans.ReadAsync(actor, planId, cancellationToken);
        if (!plan.IsOk)
        {
            return Result<PlanExport>.From(plan);
        }

        var view = plan.Value!;
        var figures = await review.ForAsync(actor, view.RegionId, view.Period, cancellationToken);
        if (!figures.IsOk)
        {
            return Result<PlanExport>.From(figures);
        }

        var scope = TargetScope.ForRegion(view.RegionId);
        var regionTargets = await targets.GetTargetsAsync(actor, view.Period, scope, cancellationToken);
        if (!regionTargets.IsOk)
        {
            return Result<PlanExport>.From(regionTargets);
        }

        var metrics = new List<MetricTargets>();
        foreach (var metric in regionTargets.Value!.Metrics)
        {
            var breakdowns = new List<BreakdownView>();
            if (metric.TargetId is not null)
            {
                foreach (var dimension in Dimensions.Where(d => metric.Breakdowns.Any(b => b.Dimension == d)))
                {
                    var breakdown = await targets.GetBreakdownAsync(actor, view.Period, metric.Metric, scope, dimension, cancellationToken);
                    if (breakdown.IsOk)
                    {
                        breakdowns.Add(breakdown.Value! with { Lines = [.. breakdown.Value.Lines.Where(l => l.Amount != 0)] });
                    }
                }
            }

            metrics.Add(new MetricTargets(metric.Metric, metric.Amount, breakdowns));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = await db.Products.AsNoTracking()
            .Select(p => new ProductName(p.Id, p.Code, p.NameZh, p.NameEn))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return Result<PlanExport>.Ok(new PlanExport(view, figures.Value!, metrics, products));
    }
}

/// <summary>A plan and what its exports show beside it.</summary>
public sealed record PlanExport(
    PlanView Plan,
    ReviewFigures Review,
    IReadOnlyList<MetricTargets> Targets,
    IReadOnlyDictionary<Guid, ProductName> Products)
{
    public MetricTargets TargetOf(Metric metric) => Targets.Single(t => t.Metric == metric);

    /// <summary>A product's names as the exports show them; an unknown id shows as itself.</summary>
    public ProductName Product(Guid id) => Products.GetValueOrDefault(id) ?? new ProductName(id, id.ToString(), "", "");

    /// <summary>The file name of an export: plan-EAST-2026-12.xlsx.</summary>
    public string FileName(string extension) => $"plan-{Plan.RegionCode}-{Plan.Period}.{extension}";
}

/// <summary>The region's target of one metric (null when not set) and its breakdowns' allocated lines.</summary>
public sealed record MetricTargets(Metric Metric, decimal? Amount, IReadOnlyList<BreakdownView> Breakdowns)
{
    public BreakdownView? Breakdown(Dimension dimension) => Breakdowns.FirstOrDefault(b => b.Dimension == dimension);
}

public sealed record ProductName(Guid Id, string Code, string NameZh, string NameEn);

/// <summary>
/// The production planning file (DESIGN §4.6, seed 002): one row per product that has a volume target
/// this month (the region's SalesVolume target split by product) or a rolling forecast, ordered by code.
/// Written by <see cref="CsvWriter"/>: UTF-8 with a byte-order mark so that Excel opens the Chinese names
/// correctly, comma separated, RFC 4180 quoting, invariant numbers, one header row:
/// <code>region_code,period,product_code,product_name_zh,product_name_en,volume_target,forecast_period_1,forecast_volume_1,forecast_period_2,forecast_volume_2</code>
/// period and the forecast periods are yyyy-MM; volume_target is empty when the product has no volume
/// target, a forecast volume is empty when the product has no forecast.
/// </summary>
public static class ProductionCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Header =
    [
        "region_code", "period", "product_code", "product_name_zh", "product_name_en", "volume_target",
        "forecast_period_1", "forecast_volume_1", "forecast_period_2", "forecast_volume_2",
    ];

    public static byte[] Write(PlanExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var plan = export.Plan;
        var volumeTargets = export.TargetOf(Metric.SalesVolume).Breakdown(Dimension.Product)?.Lines
            .ToDictionary(l => l.MemberId, l => l.Amount) ?? [];
        var forecasts = plan.Content<ForecastContent>(PlanSection.Forecast).Products.ToDictionary(p => p.ProductId);
        var next = plan.Period.Next();
        var after = next.Next();

        var rows = volumeTargets.Keys.Union(forecasts.Keys).Select(export.Product)
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(product =>
            {
                var forecast = forecasts.GetValueOrDefault(product.Id);
                return (IReadOnlyList<string?>)
                [
                    plan.RegionCode, plan.Period.ToString(), product.Code, product.NameZh, product.NameEn,
                    volumeTargets.TryGetValue(product.Id, out var target) ? Number(target) : "",
                    next.ToString(), forecast is null ? "" : Number(forecast.NextMonth),
                    after.ToString(), forecast is null ? "" : Number(forecast.MonthAfter),
                ];
            });
        return CsvWriter.ToUtf8(Header, rows);
    }

    private static string Number(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);
}
