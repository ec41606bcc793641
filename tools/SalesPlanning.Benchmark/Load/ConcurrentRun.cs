using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using SalesPlanning.Benchmark.Seeding;
using SalesPlanning.TestSupport;

namespace SalesPlanning.Benchmark.Load;

/// <summary>
/// The concurrent mode: the best single SQL of the heaviest reads first (on a quiet database), then the
/// real web app (Production, no demo data) on Kestrel at a loopback port in this process, on the seeded
/// database, and for each number of users and each operation a load phase: that many signed-in users
/// calling the HTTP API over and over, without pause, for the fixed duration.
/// </summary>
internal static class ConcurrentRun
{
    /// <summary>A round is steady when the runtime compiled fewer methods than this per second of it.</summary>
    private const int SteadyMethodsPerSecond = 10;

    private static readonly TimeSpan SteadyRound = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan SteadyLimit = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(
        BenchOptions options, SeededCompany company, AppServices services, NpgsqlDataSource dataSource, string appConnectionString,
        TextWriter output, CancellationToken cancellationToken)
    {
        var operations = ApiOperations.All(company)
            .Where(o => options.Only is null || o.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (operations.Count == 0)
        {
            throw new ArgumentException($"--only: no operation's name contains \"{options.Only}\".");
        }

        output.WriteLine();
        output.WriteLine(Line($"The best single SQL of the heaviest reads (median of {BestSql.TimedRuns} runs after {BestSql.WarmupRuns}, load average {Machine.LoadAverage()}):"));
        var sql = await BestSql.MeasureAsync(dataSource, services, company.CurrentMonth, cancellationToken);
        foreach (var timing in sql)
        {
            output.WriteLine(Line($"  {timing.Read,-58} median {timing.MedianMs,7:0.0} ms  min {timing.MinMs,7:0.0} ms  {timing.Rows:N0} rows  same sums as the service: {timing.Check}"));
        }

        // WebApplicationFactory finds the web project's folder through this variable outside a test run (as in tools/SalesPlanning.UiBenchmark).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SALESPLANNING_WEB", Path.Combine(RepositoryRoot(), "src", "SalesPlanning.Web"));
        var logs = Path.Combine(Path.GetTempPath(), "salesplanning-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var usersBefore = await UserCountAsync(dataSource, cancellationToken);
        var app = new SalesPlanningApp(appConnectionString, demoData: false, settings: AppSettings(logs), environment: "Production");
        var signedIn = new Dictionary<Persona, List<SimulatedUser>>();
        var measurements = new List<LoadMeasurement>();
        var loads = new List<(int Users, string Load)>();
        try
        {
            var watch = Stopwatch.StartNew();
            app.StartServer();
            output.WriteLine();
            output.WriteLine(Line($"The web app (Production) on {app.RootUri}: started in {watch.Elapsed.TotalSeconds:0.0} s, its log in {logs}"));
            if (await UserCountAsync(dataSource, cancellationToken) != usersBefore)
            {
                throw new InvalidOperationException("The app added users to the benchmark's database when it started (demo data?): the figures would not be the seeded company's.");
            }

            watch.Restart();
            var most = options.Users.Max();
            foreach (var persona in operations.Select(o => o.As).Distinct())
            {
                signedIn[persona] = [];
                await SignInAsync(app.RootUri, company, persona, most, signedIn[persona], cancellationToken);
            }

            output.WriteLine(Line($"Signed in through the sign-in form: {string.Join(", ", signedIn.Select(s => $"{s.Value.Count} × {s.Key}"))} in {watch.Elapsed.TotalSeconds:0.0} s"));

            output.WriteLine();
            output.WriteLine(Line($"Warming up: {Math.Max(1, options.Warmup)} turn(s) per operation by one user:"));
            foreach (var operation in operations)
            {
                var items = await WarmUpAsync(operation, signedIn[operation.As][0], options.Warmup, cancellationToken);
                output.WriteLine(Line($"  {operation.Name,-62} {items:N0} items"));
            }

            await SteadyStateAsync(operations, signedIn, most, output, cancellationToken);

            foreach (var users in options.Users)
            {
                loads.Add((users, Machine.LoadAverage()));
                output.WriteLine();
                output.WriteLine(Line($"{Users(users)} at once, {options.Duration.TotalSeconds:0} s per operation (load average {loads[^1].Load}):"));
                if (Machine.LoadAverageOneMinute() > Environment.ProcessorCount / 2.0)
                {
                    output.WriteLine("  Warning: the machine is busy with other work; the figures will be slower than on a quiet machine.");
                }

                foreach (var operation in operations)
                {
                    var phase = await PhaseAsync(operation, signedIn[operation.As].Take(users).ToList(), options.Duration, cancellationToken);
                    foreach (var measurement in phase)
                    {
                        output.WriteLine(LoadTimings.Describe(measurement));
                    }

                    measurements.AddRange(phase);
                }
            }

            output.WriteLine(Line($"Load average at the end: {Machine.LoadAverage()}"));
        }
        finally
        {
            foreach (var user in signedIn.Values.SelectMany(u => u))
            {
                user.Dispose();
            }

            await app.DisposeAsync();
            output.WriteLine(Line($"The app's log (request lines included, as in production): {LogLines(logs):N0} lines, deleted."));
            DeleteLogs(logs);
        }

        Report.Load(output, measurements, operations, options.Duration, options.Warmup, loads);
        Report.BestSql(output, sql, measurements);
    }

    /// <summary>
    /// The app as in production (appsettings.json's log levels: every request writes its line to the log
    /// file), except that the console shows warnings only and the file goes to a temporary directory.
    /// </summary>
    private static Dictionary<string, string?> AppSettings(string logs) => new()
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Warning",
        ["Serilog:WriteTo:1:Args:path"] = Path.Combine(logs, "salesplanning-.log"),
    };

    private static async Task SignInAsync(
        Uri root, SeededCompany company, Persona persona, int count, List<SimulatedUser> users, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var region = persona == Persona.Manager ? company.Regions[i % company.Regions.Count] : null;
            var rep = persona == Persona.Rep ? company.Reps[((i * 37) + 11) % company.Reps.Count] : null;
            var email = region?.ManagerEmail ?? rep?.Email ?? company.DirectorEmail;
            users.Add(await SimulatedUser.SignInAsync(root, i, email, region, rep, cancellationToken));
        }
    }

    /// <summary>Untimed turns (the app compiles its queries, connections open); every request must answer 2xx.</summary>
    private static async Task<int> WarmUpAsync(ApiOperation operation, SimulatedUser user, int turns, CancellationToken cancellationToken)
    {
        var timings = new LoadTimings();
        var items = 0;
        for (var i = 0; i < Math.Max(1, turns); i++)
        {
            var answer = await operation.Turn(user, user.NextTurn(), timings, cancellationToken);
            if (!answer.IsSuccess)
            {
                throw new InvalidOperationException(Line($"{operation.Name} answered {(int)answer.Status} while warming up: {SimulatedUser.Shorten(answer.Text)}"));
            }

            using var document = JsonDocument.Parse(answer.Body);
            items = operation.Items(document.RootElement);
        }

        return items;
    }

    /// <summary>
    /// Untimed rounds under load until the runtime has compiled the app's hot code in its final tier: in each round every
    /// operation runs with the most users for <see cref="SteadyRound"/>; it ends after a round in which the runtime compiled
    /// fewer than <see cref="SteadyMethodsPerSecond"/> methods a second, or once <see cref="SteadyLimit"/> has passed. A few
    /// warm-up turns leave the code in its first tiers, and the runtime compiles the final ones in the background, behind the
    /// load: on two cores that took more than a minute of load, and the timed phases measured the compiling (in one run a
    /// tenth of this process's CPU went to the compiler's thread for the whole of a 60 s phase, and the saves a second rose
    /// 1.9 times from the first round to the last). A server that has run for a while has none of that.
    /// </summary>
    private static async Task SteadyStateAsync(
        IReadOnlyList<ApiOperation> operations, Dictionary<Persona, List<SimulatedUser>> signedIn, int users, TextWriter output,
        CancellationToken cancellationToken)
    {
        output.WriteLine();
        output.WriteLine(Line($"Reaching a steady state: rounds of every operation by {Users(users)} for {SteadyRound.TotalSeconds:0} s each, untimed, until a round compiles fewer than {SteadyMethodsPerSecond} methods a second (at most {SteadyLimit.TotalMinutes:0} minutes):"));
        var watch = Stopwatch.StartNew();
        for (var round = 1; ; round++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            var started = watch.Elapsed;
            var requests = 0;
            foreach (var operation in operations)
            {
                var phase = await PhaseAsync(operation, signedIn[operation.As].Take(users).ToList(), SteadyRound, cancellationToken);
                requests += phase.Sum(m => m.Completed);
            }

            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            var seconds = (watch.Elapsed - started).TotalSeconds;
            output.WriteLine(Line($"  round {round}: {requests:N0} requests, {compiled:N0} methods compiled"));
            if (compiled < SteadyMethodsPerSecond * seconds)
            {
                output.WriteLine(Line($"  steady after {watch.Elapsed.TotalSeconds:0} s."));
                return;
            }

            if (watch.Elapsed >= SteadyLimit)
            {
                output.WriteLine(Line($"  Warning: still compiling after {watch.Elapsed.TotalSeconds:0} s; the figures include some of it (see JIT per phase)."));
                return;
            }
        }
    }

    /// <summary>Each user in a loop of their own until the time is up; requests under way then are finished and counted.</summary>
    private static async Task<IReadOnlyList<LoadMeasurement>> PhaseAsync(
        ApiOperation operation, IReadOnlyList<SimulatedUser> users, TimeSpan duration, CancellationToken cancellationToken)
    {
        var timings = new LoadTimings();
        var (processBefore, postgresBefore) = (Machine.ProcessCpu(), Machine.PostgresCpu());
        var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var gcBefore = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(users.Select(user => Task.Run(
            async () =>
            {
                while (Stopwatch.GetTimestamp() < end)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await operation.Turn(user, user.NextTurn(), timings, cancellationToken);
                }
            },
            cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        var (processAfter, postgresAfter) = (Machine.ProcessCpu(), Machine.PostgresCpu());
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore;
        var gcPause = GC.GetTotalPauseDuration() - gcBefore;
        var phase = timings.Summarise(operation.Area, operation.As.ToString(), users.Count, elapsed);
        // A turn sends each of the operation's requests once, so the turns are the count of any of them.
        var turns = Math.Max(1, phase.Max(m => m.Completed));
        return [.. phase.Select(m => m with
        {
            ProcessCpuMs = (processAfter - processBefore).TotalMilliseconds / turns,
            PostgresCpuMs = postgresAfter - postgresBefore is { } postgres ? postgres.TotalMilliseconds / turns : null,
            JitMethods = jit,
            GcPauseMs = gcPause.TotalMilliseconds,
        })];
    }

    public static string Users(int count) => count == 1 ? "1 user" : Line($"{count} users");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesPlanning.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SalesPlanning.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<long> UserCountAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM users");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static long LogLines(string directory) =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory).Sum(f => (long)File.ReadLines(f).Count()) : 0;

    private static void DeleteLogs(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A log file still open: the temporary directory is left for the system to clear.
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
