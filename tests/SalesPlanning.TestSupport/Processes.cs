using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SalesPlanning.TestSupport;

/// <summary>The outcome of a finished process: its exit code and everything it wrote.</summary>
public sealed record ProcessResult(string FileName, IReadOnlyList<string> Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command line, its exit code and its output, for exception messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"`{FileName} {string.Join(' ', Arguments)}` exited with code {ExitCode}.");
        if (!string.IsNullOrWhiteSpace(StandardOutput))
        {
            text.Append("\n--- stdout ---\n").Append(StandardOutput.TrimEnd());
        }
        if (!string.IsNullOrWhiteSpace(StandardError))
        {
            text.Append("\n--- stderr ---\n").Append(StandardError.TrimEnd());
        }
        return text.ToString();
    }
}

/// <summary>Runs external programs with their output captured.</summary>
public static class Processes
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="args"/> (passed as separate arguments, no shell),
    /// waits for it to exit and returns its exit code and output. Standard input is closed.
    /// The process tree is killed when the timeout passes or the token is cancelled.
    /// </summary>
    /// <remarks>
    /// Do not use it for a program that leaves a child running with inherited output handles
    /// (for example <c>pg_ctl start</c> without <c>-l</c>): reading the output would wait for that child.
    /// </remarks>
    public static async Task<ProcessResult> RunAsync(
        string file,
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        ArgumentNullException.ThrowIfNull(args);
        var arguments = args.ToList();

        var startInfo = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start `{file}`: {ex.Message}", ex);
        }
        process.StandardInput.Close();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout ?? DefaultTimeout);

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile.
            }
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"`{file} {string.Join(' ', arguments)}` did not finish within {timeout ?? DefaultTimeout}.");
        }

        return new ProcessResult(file, arguments, process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>Like <see cref="RunAsync"/>, but throws (with the program's output in the message) when it exits non-zero.</summary>
    public static async Task<ProcessResult> RunCheckedAsync(
        string file,
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(file, args, environment, workingDirectory, timeout, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? result : throw new InvalidOperationException(result.Describe());
    }
}
