using System.Globalization;
using SalesPlanning.Benchmark.Load;
using SalesPlanning.Benchmark.Measuring;
using SalesPlanning.Benchmark.Seeding;

namespace SalesPlanning.Benchmark;

/// <summary>The figures as Markdown tables, ready to paste into docs/performance.md.</summary>
internal static class Report
{
    /// <summary>What we hold ourselves to (docs/performance.md): every read a user waits on, at p95.</summary>
    public const double TargetP95Ms = 500;

    public static void Seeding(TextWriter output, IReadOnlyList<SeedStep> steps, TimeSpan migrate, IReadOnlyList<TableVolume> tables, long databaseBytes)
    {
        output.WriteLine();
        output.WriteLine("### Seeding");
        output.WriteLine();
        output.WriteLine("| Step | Seconds | What |");
        output.WriteLine("|---|---:|---|");
        output.WriteLine(Line($"| migrations | {migrate.TotalSeconds:0.0} | an empty database migrated |"));
        foreach (var step in steps)
        {
            output.WriteLine(Line($"| {step.Name} | {step.Elapsed.TotalSeconds:0.0} | {step.Detail} |"));
        }

        output.WriteLine(Line($"| **total** | **{steps.Sum(s => s.Elapsed.TotalSeconds) + migrate.TotalSeconds:0.0}** | |"));
        output.WriteLine();
        output.WriteLine("### Data volumes");
        output.WriteLine();
        output.WriteLine("| Table | Rows | Size with indexes |");
        output.WriteLine("|---|---:|---:|");
        foreach (var table in tables)
        {
            output.WriteLine(Line($"| {table.Table} | {table.Rows:N0} | {Megabytes(table.Bytes)} |"));
        }

        output.WriteLine(Line($"| **database** | | **{Megabytes(databaseBytes)}** |"));
    }

    public static void Operations(TextWriter output, IReadOnlyList<Measurement> measurements, int warmup, long peakWorkingSet, long peakWhileSeeding, bool peakReset)
    {
        var calls = measurements.Count == 0 ? 0 : measurements[0].Calls;
        output.WriteLine();
        output.WriteLine(Line($"### Operations ({calls} timed calls each after {warmup} warm-up calls, one call at a time)"));
        output.WriteLine();
        output.WriteLine(Line($"| Area | Operation | Items | Median ms | p95 ms | Max ms | Min ms | Allocated KB/call | p95 ≤ {TargetP95Ms:0} ms |"));
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var m in measurements)
        {
            output.WriteLine(Line(
                $"| {m.Area} | {m.Name} | {m.Items:N0} | {m.MedianMs:0.0} | {m.P95Ms:0.0} | {m.MaxMs:0.0} | {m.MinMs:0.0} | {m.AllocatedKbPerCall:N0} | {(m.P95Ms <= TargetP95Ms ? "yes" : "**no**")} |"));
        }

        output.WriteLine();
        output.WriteLine(peakReset
            ? Line($"Process peak working set while measuring: {Megabytes(peakWorkingSet)} (while seeding: {Megabytes(peakWhileSeeding)}).")
            : Line($"Process peak working set, seeding included (it could not be reset): {Megabytes(peakWorkingSet)}."));
        var misses = measurements.Where(m => m.P95Ms > TargetP95Ms).ToList();
        output.WriteLine(misses.Count == 0
            ? Line($"Every operation is within {TargetP95Ms:0} ms at p95.")
            : Line($"Over {TargetP95Ms:0} ms at p95: {string.Join(", ", misses.Select(m => m.Name))}."));
    }

    public static void Load(
        TextWriter output, IReadOnlyList<LoadMeasurement> measurements, IReadOnlyList<ApiOperation> operations, TimeSpan duration, int warmup,
        IReadOnlyList<(int Users, string Load)> loads)
    {
        output.WriteLine();
        output.WriteLine(Line($"### Concurrent users on the HTTP API ({duration.TotalSeconds:0} s per operation and number of users, each user in a loop without pause, after {Math.Max(1, warmup)} warm-up turn(s) per operation and the untimed rounds that reach a steady state)"));
        output.WriteLine();
        output.WriteLine("| Area | Request | As | Users | Requests | Req/s | p50 ms | p95 ms | p99 ms | Max ms | Errors | CPU per turn: this process + PostgreSQL | Methods compiled |");
        output.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // Operation by operation, each with its numbers of users one after the other: how it scales reads down a column.
        foreach (var request in operations.SelectMany(ApiOperations.RequestsOf))
        {
            foreach (var m in measurements.Where(m => m.Request == request).OrderBy(m => m.Users))
            {
                output.WriteLine(Line(
                    $"| {m.Area} | {m.Request} | {m.As} | {m.Users} | {m.Completed:N0} | {m.PerSecond:N1} | {m.MedianMs:0.0} | {m.P95Ms:0.0} | {m.P99Ms:0.0} | {m.MaxMs:0.0} | {(m.Errors == 0 ? "0" : $"**{m.Errors:N0}**")} | {LoadTimings.Cpu(m)} | {m.JitMethods:N0} |"));
            }
        }

        output.WriteLine();
        output.WriteLine(Line($"Load average (1, 5, 15 min) as each number of users began: {string.Join("; ", loads.Select(l => $"{ConcurrentRun.Users(l.Users)}: {l.Load}"))}."));
        output.WriteLine("CPU per turn: the CPU time used during the phase divided by the turns completed, by this process (the load's client and the "
            + "app) and by PostgreSQL's processes; a rep's turn is the read and the save together, so both rows show the same figures. "
            + "Methods compiled: what the runtime's JIT compiled during the phase (after the untimed rounds that reach a steady state, near 0).");
        var errors = measurements.Where(m => m.Errors > 0).ToList();
        output.WriteLine();
        if (errors.Count == 0)
        {
            output.WriteLine("Every request answered 2xx.");
            return;
        }

        output.WriteLine("Requests that answered outside 2xx (status 0: no answer), with the first answer's body:");
        output.WriteLine();
        output.WriteLine("| Request | Users | Status | Count | First body |");
        output.WriteLine("|---|---:|---:|---:|---|");
        foreach (var m in errors)
        {
            foreach (var e in m.ErrorKinds)
            {
                output.WriteLine(Line($"| {m.Request} | {m.Users} | {e.Status} | {e.Count:N0} | `{e.FirstBody.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal)}` |"));
            }
        }
    }

    public static void BestSql(TextWriter output, IReadOnlyList<SqlTiming> timings, IReadOnlyList<LoadMeasurement> measurements)
    {
        var fewest = measurements.Count == 0 ? 0 : measurements.Min(m => m.Users);
        var users = ConcurrentRun.Users(fewest);
        output.WriteLine();
        output.WriteLine("### The heaviest reads against the best single SQL over the raw rows");
        output.WriteLine();
        output.WriteLine(Line($"| Read | Months | Best SQL median ms | Best SQL min ms | API p50 ms, {users} | API / SQL | Same sums as the service |"));
        output.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var t in timings)
        {
            var api = measurements.FirstOrDefault(m => m.Request == t.ApiRequest && m.Users == fewest);
            output.WriteLine(api is null
                ? Line($"| {t.Read} | {t.Months} | {t.MedianMs:0.0} | {t.MinMs:0.0} | – | – | {t.Check} |")
                : Line($"| {t.Read} | {t.Months} | {t.MedianMs:0.0} | {t.MinMs:0.0} | {api.MedianMs:0.0} | {api.MedianMs / t.MedianMs:0.0}× | {t.Check} |"));
        }

        foreach (var t in timings)
        {
            output.WriteLine();
            output.WriteLine(Line($"{t.Read}, $1 = the {t.Months} months' keys ({t.Rows:N0} rows, {t.Runs} timed runs):"));
            output.WriteLine();
            output.WriteLine("```sql");
            output.WriteLine(t.Sql);
            output.WriteLine("```");
        }
    }

    public static string Megabytes(long bytes) => Line($"{bytes / 1024.0 / 1024.0:N0} MB");

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
