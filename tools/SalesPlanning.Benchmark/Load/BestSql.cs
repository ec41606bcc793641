using Npgsql;
using NpgsqlTypes;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Benchmark.Measuring;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Benchmark.Load;

/// <summary>
/// The best one hand-written SQL statement could do for a heavy read: how long it takes and whether it
/// sums what the service sums (<see cref="Check"/>: "yes" or what differs).
/// </summary>
public sealed record SqlTiming(string Read, string ApiRequest, string Sql, int Months, int Rows, int Runs, double MedianMs, double MinMs, string Check);

/// <summary>
/// For the heaviest reads, one SQL statement straight over the raw rows (monthly_actuals and progress_entries,
/// nothing the app keeps besides them), summing only what the service needs: the sales amount per rep and per
/// region for each month the director's alerts read, and the company's sales amount per month of the 12-month
/// trend. A floor for the read, not a second implementation: what the service adds on top (targets, names,
/// access checks, three metrics, HTTP) is what its ratio to this shows. Timed after untimed warm-up runs, one at
/// a time; its sums are checked against <see cref="ActualsQuery"/> once.
/// </summary>
internal static class BestSql
{
    /// <summary>
    /// Both groupings in one pass over the months' rows. Faster here than summing each table by
    /// (month, region, rep) first (which PostgreSQL then aggregates twice).
    /// </summary>
    public const string AlertsSql = """
        SELECT period_key, rep_id, region_id, sum(sales_amount) AS amount
        FROM (
            SELECT period_key, region_id, rep_id, sales_amount FROM monthly_actuals WHERE period_key = ANY($1)
            UNION ALL
            SELECT period_key, region_id, rep_id, sales_amount FROM progress_entries WHERE period_key = ANY($1)
        ) AS sold
        GROUP BY GROUPING SETS ((period_key, rep_id), (period_key, region_id))
        """;

    /// <summary>
    /// One aggregate over both tables' rows of the twelve months. Summing each table per month first and
    /// adding the two was several times slower here: PostgreSQL plans it in parallel and the workers' start-up
    /// costs more than the sums.
    /// </summary>
    public const string TrendSql = """
        SELECT period_key, sum(sales_amount) AS amount
        FROM (
            SELECT period_key, sales_amount FROM monthly_actuals WHERE period_key = ANY($1)
            UNION ALL
            SELECT period_key, sales_amount FROM progress_entries WHERE period_key = ANY($1)
        ) AS sold
        GROUP BY period_key
        """;

    public const int WarmupRuns = 2;
    public const int TimedRuns = 7;

    public static async Task<IReadOnlyList<SqlTiming>> MeasureAsync(
        NpgsqlDataSource dataSource, AppServices services, Period current, CancellationToken cancellationToken)
    {
        // The months AlertService.ListAsync reads: its longest run of closed months plus the gap it tolerates, and the current month.
        var thresholds = (await services.Settings.GetAsync(cancellationToken)).Alerts;
        var closed = Math.Max(thresholds.RepSevereMonths, Math.Max(thresholds.RepWarningMonths, thresholds.RegionMonths))
            + AlertService.MonthsWithoutTargetTolerated;
        var alertMonths = MonthsEndingWith(current, closed + 1);
        var trendMonths = MonthsEndingWith(current, 12);

        var alerts = await TimeAsync(dataSource, AlertsSql, alertMonths, cancellationToken);
        var trend = await TimeAsync(dataSource, TrendSql, trendMonths, cancellationToken);
        return
        [
            new("Alerts: every region (director)", ApiOperations.Alerts, AlertsSql, alertMonths.Count, alerts.Rows.Count, TimedRuns,
                alerts.MedianMs, alerts.MinMs, await CheckAlertsAsync(services.Actuals, alertMonths, alerts.Rows, cancellationToken)),
            new("Trend, 12 months: the company (director)", ApiOperations.Trend, TrendSql, trendMonths.Count, trend.Rows.Count, TimedRuns,
                trend.MedianMs, trend.MinMs, await CheckTrendAsync(services.Actuals, trendMonths, trend.Rows, cancellationToken)),
        ];
    }

    private sealed record Sum(int PeriodKey, Guid? RepId, Guid? RegionId, decimal Amount);

    private static List<Period> MonthsEndingWith(Period last, int count)
    {
        var months = new List<Period> { last };
        while (months.Count < count)
        {
            months.Insert(0, months[0].Previous());
        }

        return months;
    }

    private static async Task<(List<Sum> Rows, double MedianMs, double MinMs)> TimeAsync(
        NpgsqlDataSource dataSource, string sql, IReadOnlyList<Period> months, CancellationToken cancellationToken)
    {
        var keys = months.Select(m => m.Key).ToArray();
        var times = new double[TimedRuns];
        List<Sum> rows = [];
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        for (var run = 0; run < WarmupRuns + TimedRuns; run++)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = keys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            rows = [];
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                var grouped = reader.FieldCount == 4;
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add(grouped
                        ? new Sum(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetDecimal(3))
                        : new Sum(reader.GetInt32(0), null, null, reader.GetDecimal(1)));
                }
            }

            if (run >= WarmupRuns)
            {
                times[run - WarmupRuns] = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        Array.Sort(times);
        return (rows, Harness.Median(times), times[0]);
    }

    private static async Task<string> CheckAlertsAsync(ActualsQuery actuals, IReadOnlyList<Period> months, List<Sum> rows, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var month in months)
        {
            foreach (var (dimension, key) in new[] { (Dimension.Rep, (Func<Sum, Guid?>)(s => s.RepId)), (Dimension.Region, s => s.RegionId) })
            {
                var expected = (await actuals.ByAsync(month, dimension, ActualsFilter.All, cancellationToken))
                    .Where(kv => kv.Value.SalesAmount != 0m)
                    .ToDictionary(kv => kv.Key, kv => kv.Value.SalesAmount);
                var got = rows.Where(r => r.PeriodKey == month.Key && key(r) is not null && r.Amount != 0m).ToDictionary(r => key(r)!.Value, r => r.Amount);
                var differ = expected.Count(kv => !got.TryGetValue(kv.Key, out var amount) || amount != kv.Value) + got.Keys.Count(k => !expected.ContainsKey(k));
                if (differ > 0)
                {
                    problems.Add($"{month} by {dimension}: {differ} differ");
                }
            }
        }

        return problems.Count == 0 ? "yes" : "**no**: " + string.Join("; ", problems);
    }

    private static async Task<string> CheckTrendAsync(ActualsQuery actuals, IReadOnlyList<Period> months, List<Sum> rows, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var month in months)
        {
            var expected = (await actuals.TotalAsync(month, ActualsFilter.All, cancellationToken)).SalesAmount;
            var got = rows.Where(r => r.PeriodKey == month.Key).Sum(r => r.Amount);
            if (expected != got)
            {
                problems.Add($"{month}: {got} instead of {expected}");
            }
        }

        return problems.Count == 0 ? "yes" : "**no**: " + string.Join("; ", problems);
    }
}
