using System.Collections.Concurrent;
using System.Globalization;
using SalesPlanning.Benchmark.Measuring;

namespace SalesPlanning.Benchmark.Load;

/// <summary>
/// One request of one operation at one number of users: how many completed in the phase and how fast,
/// latency over every completed request (errors included), and the errors by status with the first body.
/// </summary>
public sealed record LoadMeasurement(
    string Area,
    string Request,
    string As,
    int Users,
    int Completed,
    double Seconds,
    double MedianMs,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    int Errors,
    IReadOnlyList<LoadError> ErrorKinds)
{
    /// <summary>CPU per turn of the operation in this phase: this process (the load's client and the app), in ms.</summary>
    public double? ProcessCpuMs { get; init; }

    /// <summary>CPU per turn of the operation in this phase: PostgreSQL's processes, in ms (null when the server is elsewhere).</summary>
    public double? PostgresCpuMs { get; init; }

    /// <summary>Methods the runtime compiled (JIT) during the phase: near 0 once the app's code has reached its final tier.</summary>
    public long JitMethods { get; init; }

    /// <summary>How long the garbage collector paused this process (the load's client and the app) during the phase, in ms.</summary>
    public double GcPauseMs { get; init; }

    public double PerSecond => Seconds <= 0 ? 0 : Completed / Seconds;
}

/// <summary>Requests that answered a status outside 2xx: how many, and the body of the first.</summary>
public sealed record LoadError(int Status, int Count, string FirstBody);

/// <summary>What the users of one load phase recorded, request by request; safe to record from many users at once.</summary>
internal sealed class LoadTimings
{
    private readonly ConcurrentQueue<(string Request, ApiAnswer Answer)> _answers = new();

    public void Record(string request, ApiAnswer answer) => _answers.Enqueue((request, answer));

    /// <summary>One measurement per request name, in the order the names were first recorded.</summary>
    public IReadOnlyList<LoadMeasurement> Summarise(string area, string @as, int users, TimeSpan elapsed)
    {
        var answers = _answers.ToList();
        return [.. answers.GroupBy(a => a.Request, StringComparer.Ordinal).Select(g =>
        {
            var times = g.Select(a => a.Answer.Ms).Order().ToArray();
            var errors = g.Where(a => !a.Answer.IsSuccess)
                .GroupBy(a => (int)a.Answer.Status)
                .Select(e => new LoadError(e.Key, e.Count(), SimulatedUser.Shorten(e.First().Answer.Text)))
                .OrderBy(e => e.Status)
                .ToList();
            return new LoadMeasurement(
                area, g.Key, @as, users, times.Length, elapsed.TotalSeconds,
                Harness.Median(times), Harness.Percentile(times, 0.95), Harness.Percentile(times, 0.99), times[^1],
                errors.Sum(e => e.Count), errors);
        })];
    }

    public static string Describe(LoadMeasurement m) => string.Create(CultureInfo.InvariantCulture,
        $"  {m.Users,3} × {m.Request,-58} {m.Completed,6} req {m.PerSecond,7:0.0}/s  p50 {m.MedianMs,7:0.0}  p95 {m.P95Ms,7:0.0}  p99 {m.P99Ms,7:0.0} ms  errors {m.Errors}  CPU/turn {Cpu(m)}  JIT {m.JitMethods} methods  GC pauses {m.GcPauseMs:0} ms");

    /// <summary>CPU per turn as "this process + PostgreSQL" in ms.</summary>
    public static string Cpu(LoadMeasurement m) => m.ProcessCpuMs is not { } process
        ? "—"
        : string.Create(CultureInfo.InvariantCulture, $"{process:0.0} + {(m.PostgresCpuMs is { } postgres ? postgres.ToString("0.0", CultureInfo.InvariantCulture) : "?")} ms");
}
