using System.Runtime.InteropServices;
using SalesPlanning.Benchmark;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

using var stop = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, stop));
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, stop));
try
{
    await BenchmarkRun.RunAsync(options, Console.Out, stop.Token);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("bench: stopped");
    return 130;
}

static void Stop(PosixSignalContext context, CancellationTokenSource stop)
{
    context.Cancel = true;
    if (stop.IsCancellationRequested)
    {
        // A second Ctrl+C: leave now. PostgresCluster stops its cluster on process exit.
        Environment.Exit(130);
    }

    Console.Error.WriteLine("bench: stopping and cleaning up (Ctrl+C again to leave at once)");
    stop.Cancel();
}
