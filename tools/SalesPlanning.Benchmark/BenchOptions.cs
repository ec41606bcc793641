using System.Globalization;

namespace SalesPlanning.Benchmark;

/// <summary>The size of the synthetic company the benchmark seeds.</summary>
/// <param name="ProductsPerRep">Each rep's portfolio: the products they sell at all.</param>
/// <param name="MonthlySellChance">The chance that a rep sells a product of their portfolio in a given month.</param>
/// <param name="HistoryMonths">Months of imported monthly actuals before the current month; weekly entries cover the same months and the current month up to today.</param>
/// <param name="TargetMonths">Months with targets: the current month and the ones before it.</param>
/// <param name="RegionProductBreakdown">Products in each region's product breakdown (its best sellers).</param>
/// <param name="SplitShare">The share of weekly entries split by product.</param>
public sealed record CompanyScale(
    string Name,
    int Regions,
    int RepsPerRegion,
    int ProductLines,
    int ProductsPerLine,
    int ProductsPerRep,
    double MonthlySellChance,
    int HistoryMonths,
    int TargetMonths,
    int RegionProductBreakdown,
    double SplitShare)
{
    /// <summary>DESIGN §8: 2,000 reps, 100 regions, 300 products, three years of history.</summary>
    public static CompanyScale Full { get; } = new("full", 100, 20, 10, 30, 24, 0.83, 36, 13, 60, 0.25);

    /// <summary>A tenth of the reps and a fifth of the products, the same three years: for a quick look.</summary>
    public static CompanyScale Quick { get; } = new("quick", 10, 20, 4, 15, 24, 0.83, 36, 13, 30, 0.25);

    public int Reps => Regions * RepsPerRegion;

    public int Products => ProductLines * ProductsPerLine;
}

/// <summary>The command line of the benchmark.</summary>
/// <param name="Users">
/// The concurrent mode's numbers of simulated users, one load phase per number and operation;
/// empty for the services one call at a time (the default).
/// </param>
/// <param name="Duration">How long each load phase lasts.</param>
/// <param name="Only">The concurrent mode runs only the operations whose name contains this (any case); null for all.</param>
public sealed record BenchOptions(
    CompanyScale Scale, int Warmup, int Iterations, bool Trace, bool Hold, bool Help, IReadOnlyList<int> Users, TimeSpan Duration,
    string? Only = null)
{
    public const string Usage = """
        Usage: ./bench.sh [--quick] [--iterations N] [--warmup N] [--trace] [--hold]
               ./bench.sh [--quick] --concurrent N,N,… [--duration S] [--only TEXT] [--warmup N] [--hold]

          --quick          a smaller company (200 reps, 10 regions, 60 products; under a minute)
          --iterations N   timed calls per operation (default 40; 15 with --quick)
          --warmup N       untimed calls per operation first (default 5; 3 with --quick)
          --trace          after timing, run each operation once more and print its SQL with timings
          --hold           keep the database until Enter is pressed (to look at it with psql)

        Concurrent mode (instead of the services one call at a time):
          --concurrent N,N,…  host the web app (Production) on the seeded database and, for each N and
                              each operation, let N signed-in users call the HTTP API in a loop at once
                              (e.g. 1,8,32); also times the best single SQL of the heaviest reads
          --duration S        seconds each N runs each operation (default 20)
          --only TEXT         only the operations whose name contains TEXT (any case), e.g. "save this week again"

        Environment:
          SALESPLANNING_TEST_PG   admin connection string of an existing server: the benchmark creates
                                  its database there (and drops it at the end) instead of starting a
                                  throwaway cluster.
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = false;
        int? warmup = null;
        int? iterations = null;
        var trace = false;
        var hold = false;
        var help = false;
        IReadOnlyList<int> users = [];
        int? duration = null;
        string? only = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--iterations":
                    iterations = Count(args, ++i, "--iterations", 1);
                    break;
                case "--warmup":
                    warmup = Count(args, ++i, "--warmup", 0);
                    break;
                case "--trace":
                    trace = true;
                    break;
                case "--hold":
                    hold = true;
                    break;
                case "--concurrent":
                    users = UserCounts(args, ++i);
                    break;
                case "--duration":
                    duration = Count(args, ++i, "--duration", 1);
                    break;
                case "--only":
                    only = ++i < args.Count && args[i].Trim().Length > 0 ? args[i].Trim() : throw new ArgumentException("--only needs a part of an operation's name.");
                    break;
                case "-h" or "--help":
                    help = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (users.Count > 0 && (trace || iterations is not null))
        {
            throw new ArgumentException("--trace and --iterations time the services one call at a time: leave them out with --concurrent.");
        }

        if (users.Count == 0 && (duration is not null || only is not null))
        {
            throw new ArgumentException("--duration and --only go with --concurrent.");
        }

        var scale = quick ? CompanyScale.Quick : CompanyScale.Full;
        if (users.Count > 0 && users.Max() > scale.Reps)
        {
            throw new ArgumentException($"--concurrent: at most {scale.Reps} users with this company (each writer saves the week of a rep of their own).");
        }

        return new BenchOptions(
            scale,
            warmup ?? (quick ? 3 : 5),
            iterations ?? (quick ? 15 : 40),
            trace,
            hold,
            help,
            users,
            TimeSpan.FromSeconds(duration ?? 20),
            only);
    }

    /// <summary>"1,8,32": whole numbers of at least 1, in the order given, each once.</summary>
    private static List<int> UserCounts(IReadOnlyList<string> args, int index)
    {
        const string Problem = "--concurrent needs numbers of users separated by commas, each at least 1 (e.g. 1,8,32).";
        if (index >= args.Count)
        {
            throw new ArgumentException(Problem);
        }

        var counts = new List<int>();
        foreach (var part in args[index].Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                throw new ArgumentException(Problem);
            }

            if (!counts.Contains(count))
            {
                counts.Add(count);
            }
        }

        return counts;
    }

    private static int Count(IReadOnlyList<string> args, int index, string option, int min)
    {
        if (index >= args.Count
            || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min)
        {
            throw new ArgumentException($"{option} needs a whole number of at least {min}.");
        }

        return value;
    }
}
