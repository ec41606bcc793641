using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Npgsql;

namespace SalesPlanning.Benchmark;

/// <summary>What the figures were measured on: this machine, the runtime and the PostgreSQL server.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var memory = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var gib = memory is null ? "?" : (long.Parse(memory.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {gib} GiB RAM, {RuntimeInformation.OSDescription}; "
            + $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
    }

    /// <summary>The 1, 5 and 15 minute load averages (other work on the machine slows the figures down).</summary>
    public static string LoadAverage() => string.Join(' ', ReadLines("/proc/loadavg").FirstOrDefault()?.Split(' ').Take(3) ?? ["?"]);

    public static double LoadAverageOneMinute() =>
        double.TryParse(LoadAverage().Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : 0;

    public static async Task<string> DescribeServerAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT version(), current_setting('shared_buffers'), current_setting('work_mem'), current_setting('fsync'), "
            + "current_setting('synchronous_commit'), current_setting('max_connections')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var version = reader.GetString(0).Split(" on ", 2)[0];
        return $"{version}; shared_buffers {reader.GetString(1)}, work_mem {reader.GetString(2)}, fsync {reader.GetString(3)}, "
            + $"synchronous_commit {reader.GetString(4)}, max_connections {reader.GetString(5)}";
    }

    /// <summary>The most memory the process has held (VmHWM) since it started or since <see cref="ResetPeakWorkingSet"/>.</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Resets the peak working set to the current one (Linux: "5" into /proc/self/clear_refs). False where that is not possible.</summary>
    public static bool ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The CPU time this process (the load's client and the app) has used so far.</summary>
    public static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// The CPU time every PostgreSQL process on this machine has used so far (user and system, from /proc), or null when none
    /// runs here (a server elsewhere). A backend counts while it lives and, once it has ended, in the postmaster's time of
    /// its ended children, so a connection the pool closes during a phase neither vanishes from the sum nor makes it go down.
    /// </summary>
    public static TimeSpan? PostgresCpu()
    {
        const double TicksPerSecond = 100; // USER_HZ, the unit of /proc/<pid>/stat on Linux
        long ticks = 0;
        var found = false;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!char.IsAsciiDigit(Path.GetFileName(directory)[0]))
            {
                continue;
            }

            var stat = ReadLines(Path.Combine(directory, "stat")).FirstOrDefault();
            var close = stat?.LastIndexOf(')') ?? -1;
            if (stat is null || close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres", StringComparison.Ordinal))
            {
                continue;
            }

            // After the command's closing parenthesis: state is field 3, utime and stime fields 14 and 15, and cutime and cstime
            // (children that ended: the postmaster's include every backend that has exited, so the sum never goes down when the
            // pool closes a connection) fields 16 and 17.
            var fields = stat[(close + 2)..].Split(' ');
            ticks += fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
            found = true;
        }

        return found ? TimeSpan.FromSeconds(ticks / TicksPerSecond) : null;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
