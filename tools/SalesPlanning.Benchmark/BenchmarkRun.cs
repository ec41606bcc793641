using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SalesPlanning.Benchmark.Load;
using SalesPlanning.Benchmark.Measuring;
using SalesPlanning.Benchmark.Seeding;
using SalesPlanning.TestSupport;

namespace SalesPlanning.Benchmark;

/// <summary>
/// One run: a server and an empty migrated database, the synthetic company, the timings, the report;
/// the throwaway cluster is stopped and deleted (or, on a given server, the database dropped) however the run ends.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var scale = options.Scale;
        output.WriteLine(Line($"SalesPlanning benchmark: the {scale.Name} company, {scale.Regions} regions, {scale.Reps:N0} reps, {scale.Products} products, {scale.HistoryMonths} months of history"));
        output.WriteLine($"Machine: {Machine.Describe()}");
        output.WriteLine($"Load average at start: {Machine.LoadAverage()}");

        var cluster = await PostgresCluster.StartAsync(cancellationToken);
        try
        {
            output.WriteLine(cluster.IsOwned
                ? Line($"PostgreSQL: a throwaway cluster on 127.0.0.1:{cluster.Port} in {Path.GetDirectoryName(cluster.DataDirectory)}")
                : $"PostgreSQL: the server in {PostgresCluster.AdminConnectionStringVariable}");
            var database = "salesplanning_bench_" + Guid.NewGuid().ToString("N")[..8];
            await cluster.CreateDatabaseAsync(database, cancellationToken: cancellationToken);
            // Seeding the full-scale company on a busy two-core machine once outlasted Npgsql's default 30 s (issue 17):
            // the benchmark's own commands may take minutes; what it times is measured, not cut off.
            var connectionString = new NpgsqlConnectionStringBuilder(cluster.ConnectionString(database)) { CommandTimeout = 600 }.ConnectionString;
            // The web app of the concurrent mode connects as in production: Npgsql's defaults (30 s commands, a pool of 100), to which
            // the app itself adds automatic preparation and no reset on close (DependencyInjection.WithPoolSettings).
            var appConnectionString = cluster.ConnectionString(database);
            var watch = Stopwatch.StartNew();
            await TestDatabases.CreateMigrator(connectionString).MigrateAsync(cancellationToken);
            var migrate = watch.Elapsed;

            await using (var dataSource = NpgsqlDataSource.Create(connectionString))
            {
                output.WriteLine($"Server: {await Machine.DescribeServerAsync(dataSource, cancellationToken)}");
                await MeasureAsync(options, dataSource, connectionString, appConnectionString, migrate, output, cancellationToken);
                if (options.Hold)
                {
                    await HoldAsync(cluster, database, output, cancellationToken);
                }
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await cluster.DisposeAsync();
            output.WriteLine(cluster.IsOwned ? "PostgreSQL stopped and its cluster deleted." : "The benchmark's database dropped.");
        }
    }

    private static async Task MeasureAsync(
        BenchOptions options, NpgsqlDataSource dataSource, string connectionString, string appConnectionString, TimeSpan migrate,
        TextWriter output, CancellationToken cancellationToken)
    {
        var services = new AppServices(connectionString);
        output.WriteLine();
        output.WriteLine("Seeding:");
        var seeder = new CompanySeeder(dataSource, services.Contexts, options.Scale, TimeProvider.System, output);
        var company = await seeder.SeedAsync(cancellationToken);
        var (tables, databaseBytes) = await seeder.VolumesAsync(cancellationToken);

        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var peakWhileSeeding = Machine.PeakWorkingSet();
        var peakReset = Machine.ResetPeakWorkingSet();
        if (options.Users.Count > 0)
        {
            Report.Seeding(output, seeder.Steps, migrate, tables, databaseBytes);
            await ConcurrentRun.RunAsync(options, company, services, dataSource, appConnectionString, output, cancellationToken);
            return;
        }

        output.WriteLine();
        output.WriteLine(Line($"Measuring {options.Iterations} calls after {options.Warmup} warm-up calls per operation (load average {Machine.LoadAverage()}):"));
        if (Machine.LoadAverageOneMinute() > Environment.ProcessorCount / 2.0)
        {
            output.WriteLine("  Warning: the machine is busy with other work; the figures will be slower than on a quiet machine.");
        }

        var measurements = new List<Measurement>();
        foreach (var operation in Operations.All(services, company, dataSource))
        {
            var measurement = await Harness.MeasureAsync(operation, options.Warmup, options.Iterations, cancellationToken);
            output.WriteLine(Line($"  {measurement.Name,-62} median {measurement.MedianMs,7:0.0} ms  p95 {measurement.P95Ms,7:0.0} ms  max {measurement.MaxMs,7:0.0} ms  {measurement.AllocatedKbPerCall,8:N0} KB"));
            measurements.Add(measurement);
        }

        var peak = Machine.PeakWorkingSet();
        output.WriteLine(Line($"Load average at the end: {Machine.LoadAverage()}"));
        Report.Seeding(output, seeder.Steps, migrate, tables, databaseBytes);
        Report.Operations(output, measurements, options.Warmup, peak, peakWhileSeeding, peakReset);

        if (options.Trace)
        {
            await TraceAsync(connectionString, company, dataSource, output, cancellationToken);
        }
    }

    /// <summary>Each operation once more (after one call to compile its queries) with every SQL command it runs and how long the command took.</summary>
    private static async Task TraceAsync(string connectionString, SeededCompany company, NpgsqlDataSource dataSource, TextWriter output, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var traced = new AppServices(connectionString, line => { lock (lines) { lines.Add(line); } });
        foreach (var operation in Operations.All(traced, company, dataSource))
        {
            // These context options compile their queries afresh: one call first, then the call shown.
            await (await operation.Prepare(1_000, cancellationToken))();
            var call = await operation.Prepare(1_001, cancellationToken);
            lines.Clear();
            var watch = Stopwatch.StartNew();
            await call();
            watch.Stop();
            output.WriteLine();
            output.WriteLine(Line($"#### {operation.Name}: {watch.Elapsed.TotalMilliseconds:0.0} ms, {lines.Count} commands"));
            foreach (var line in lines.ToList())
            {
                output.WriteLine(line.TrimEnd());
            }
        }
    }

    private static async Task HoldAsync(PostgresCluster cluster, string database, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine();
        output.WriteLine(cluster.IsOwned
            ? Line($"Holding: psql -h 127.0.0.1 -p {cluster.Port} -U postgres {database}   (Enter to finish)")
            : Line($"Holding: database {database} on the server in {PostgresCluster.AdminConnectionStringVariable}   (Enter to finish)"));
        var enter = Task.Run(Console.In.ReadLine, CancellationToken.None);
        await Task.WhenAny(enter, Task.Delay(Timeout.Infinite, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
