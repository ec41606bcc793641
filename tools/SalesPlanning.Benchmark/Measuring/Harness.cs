using System.Diagnostics;

namespace SalesPlanning.Benchmark.Measuring;

/// <summary>
/// One thing a user waits on. <see cref="Prepare"/> gets the call's number and returns the call
/// itself: whatever the call needs set up (such as the version a save must name) happens there,
/// outside the timing. The call returns how many items it answered (rows, points, alerts…) and
/// throws unless the service answered OK.
/// </summary>
public sealed record Operation(string Area, string Name, Func<int, CancellationToken, Task<Func<Task<int>>>> Prepare);

/// <summary>The timings of one operation, in milliseconds, and what it allocated per call.</summary>
public sealed record Measurement(
    string Area, string Name, int Items, int Calls, double MinMs, double MedianMs, double P95Ms, double MaxMs, double AllocatedKbPerCall);

/// <summary>
/// Warm-up calls (untimed: EF builds its model and compiles the queries, connections open), then
/// timed calls one at a time. Allocation is the process's total allocated bytes before and after
/// each call (services run parts of a call on other threads, so the current thread's count would
/// miss them); nothing else runs in the process meanwhile.
/// </summary>
public static class Harness
{
    public static async Task<Measurement> MeasureAsync(Operation operation, int warmup, int iterations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var items = 0;
        for (var i = 0; i < warmup; i++)
        {
            var call = await operation.Prepare(i, cancellationToken);
            items = await call();
        }

        var times = new double[iterations];
        var allocated = 0L;
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var call = await operation.Prepare(warmup + i, cancellationToken);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            items = await call();
            var elapsed = Stopwatch.GetElapsedTime(start);
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            times[i] = elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return new Measurement(
            operation.Area,
            operation.Name,
            items,
            iterations,
            times[0],
            Median(times),
            Percentile(times, 0.95),
            times[^1],
            allocated / 1024.0 / iterations);
    }

    internal static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    /// <summary>Nearest rank: the smallest value that at least <paramref name="fraction"/> of the calls do not exceed.</summary>
    internal static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
