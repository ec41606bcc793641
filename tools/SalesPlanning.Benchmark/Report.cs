using System.Globalization;
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

    public static string Megabytes(long bytes) => Line($"{bytes / 1024.0 / 1024.0:N0} MB");

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
