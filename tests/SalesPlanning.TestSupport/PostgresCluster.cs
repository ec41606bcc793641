using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SalesPlanning.TestSupport;

/// <summary>
/// A PostgreSQL server for tests.
/// </summary>
/// <remarks>
/// <para>
/// If the environment variable <c>SALESPLANNING_TEST_PG</c> holds an admin connection string
/// (a superuser, database <c>postgres</c>) that server is used and nothing is owned: databases
/// created through this object are dropped again on dispose, and the server cannot be stopped.
/// </para>
/// <para>
/// Otherwise a throwaway cluster is created with <c>initdb</c> in a fresh directory
/// <c>/tmp/salesplanning-pg-&lt;random&gt;</c>, started on a free port on 127.0.0.1 with durability
/// switched off (fsync, synchronous_commit, full_page_writes), and deleted on dispose. When the
/// process runs as root the PostgreSQL tools run as the <c>postgres</c> user (created if missing),
/// because <c>initdb</c> refuses root. Clusters left behind by a test process that died are removed
/// the next time a cluster starts.
/// </para>
/// <para>
/// Binaries are taken from <c>SALESPLANNING_PG_BIN</c> if set, else the newest
/// <c>/usr/lib/postgresql/*/bin</c>, else <c>PATH</c>.
/// </para>
/// </remarks>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string AdminConnectionStringVariable = "SALESPLANNING_TEST_PG";
    public const string BinDirectoryVariable = "SALESPLANNING_PG_BIN";

    private const string DirectoryPrefix = "salesplanning-pg-";
    private const string OwnerFileName = "owner";
    private const string ServerUser = "postgres";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);
    private static readonly ConcurrentDictionary<PostgresCluster, byte> LiveClusters = new();

    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly ConcurrentDictionary<string, byte> _createdDatabases = new(StringComparer.Ordinal);
    private readonly string? _rootDirectory;
    private readonly string? _binDirectory;
    private int _disposed;

    static PostgresCluster()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var cluster in LiveClusters.Keys)
            {
                cluster.EmergencyCleanup();
            }
        };
    }

    private PostgresCluster(NpgsqlConnectionStringBuilder server, string? rootDirectory, string? binDirectory)
    {
        _server = server;
        _rootDirectory = rootDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>True when this object created the cluster (and will delete it); false for a server given by <c>SALESPLANNING_TEST_PG</c>.</summary>
    public bool IsOwned => _rootDirectory is not null;

    /// <summary>The TCP port of the server.</summary>
    public int Port => _server.Port;

    /// <summary>The cluster's data directory; null when the server is not owned.</summary>
    public string? DataDirectory => _rootDirectory is null ? null : Path.Combine(_rootDirectory, "data");

    private static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    /// <summary>Starts a throwaway cluster, or connects to the server named by <c>SALESPLANNING_TEST_PG</c>.</summary>
    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(AdminConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external);
            if (string.IsNullOrEmpty(builder.Database))
            {
                builder.Database = "postgres";
            }
            var cluster = new PostgresCluster(builder, rootDirectory: null, binDirectory: null);
            await cluster.ExecuteAdminAsync("SELECT 1", cancellationToken).ConfigureAwait(false);
            return cluster;
        }

        var binDirectory = FindBinDirectory();
        if (RunsAsRoot)
        {
            await EnsureServerUserAsync(cancellationToken).ConfigureAwait(false);
        }
        await ReapOrphansAsync(binDirectory).ConfigureAwait(false);

        var root = CreateRootDirectory();
        var owned = new PostgresCluster(
            // The port is replaced by the free one chosen in StartOnFreePortAsync.
            new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = 5432, Username = ServerUser, Database = "postgres" },
            root,
            binDirectory);
        LiveClusters.TryAdd(owned, 0);
        try
        {
            await owned.InitDbAsync(cancellationToken).ConfigureAwait(false);
            await owned.StartOnFreePortAsync(cancellationToken).ConfigureAwait(false);
            return owned;
        }
        catch
        {
            await owned.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A pooled connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        return new NpgsqlConnectionStringBuilder(_server.ConnectionString)
        {
            Database = database,
            Pooling = true,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    /// <summary>
    /// Creates database <paramref name="name"/>, empty or as a copy of <paramref name="template"/>.
    /// Other connections to the template are terminated first (PostgreSQL refuses to copy a database in use).
    /// </summary>
    public async Task CreateDatabaseAsync(string name, string? template = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var sql = $"CREATE DATABASE {QuoteIdentifier(name)}" + (template is null ? string.Empty : $" TEMPLATE {QuoteIdentifier(template)}");
        for (var attempt = 1; ; attempt++)
        {
            if (template is not null)
            {
                await TerminateConnectionsAsync(template, cancellationToken).ConfigureAwait(false);
            }
            try
            {
                await ExecuteAdminAsync(sql, cancellationToken).ConfigureAwait(false);
                _createdDatabases.TryAdd(name, 0);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                // "source database is being accessed by other users": someone connected in between.
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Drops database <paramref name="name"/> if it exists, disconnecting its users (<c>WITH (FORCE)</c>).</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ClearPool(name);
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {QuoteIdentifier(name)} WITH (FORCE)", cancellationToken).ConfigureAwait(false);
        _createdDatabases.TryRemove(name, out _);
    }

    /// <summary>Stops the server (fast shutdown) and clears Npgsql's pools. Only for an owned cluster.</summary>
    public async Task StopServerAsync(CancellationToken cancellationToken = default)
    {
        EnsureOwned();
        await RunToolCheckedAsync("pg_ctl", ["-D", DataDirectory!, "-m", "fast", "-w", "-t", "60", "stop"], cancellationToken).ConfigureAwait(false);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Starts the owned cluster again on the same port after <see cref="StopServerAsync"/>.</summary>
    public async Task StartServerAsync(CancellationToken cancellationToken = default)
    {
        EnsureOwned();
        var result = await TryStartServerAsync(Port, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("PostgreSQL did not start.\n" + result.Describe() + ServerLogTail());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        try
        {
            if (IsOwned)
            {
                if (File.Exists(Path.Combine(DataDirectory!, "postmaster.pid")))
                {
                    // Ignore the outcome: the server may already be down.
                    await RunToolAsync("pg_ctl", ["-D", DataDirectory!, "-m", "immediate", "-w", "-t", "30", "stop"], CancellationToken.None).ConfigureAwait(false);
                }
                NpgsqlConnection.ClearAllPools();
                DeleteDirectory(_rootDirectory!);
            }
            else
            {
                foreach (var database in _createdDatabases.Keys)
                {
                    try
                    {
                        await DropDatabaseAsync(database).ConfigureAwait(false);
                    }
                    catch (NpgsqlException)
                    {
                        // Best effort: a database left on a shared server is harmless.
                    }
                }
            }
        }
        finally
        {
            LiveClusters.TryRemove(this, out _);
        }
    }

    private void EnsureOwned()
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (!IsOwned)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL server comes from {AdminConnectionStringVariable} and is not owned by the tests: it cannot be stopped or started.");
        }
    }

    private async Task InitDbAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory!);
        if (RunsAsRoot)
        {
            await Processes.RunCheckedAsync("chown", ["-R", $"{ServerUser}:", _rootDirectory!], timeout: ToolTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        await RunToolCheckedAsync(
            "initdb",
            ["-D", DataDirectory!, "-U", ServerUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            cancellationToken).ConfigureAwait(false);
    }

    private async Task StartOnFreePortAsync(CancellationToken cancellationToken)
    {
        ProcessResult? last = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var port = FindFreePort();
            last = await TryStartServerAsync(port, cancellationToken).ConfigureAwait(false);
            if (last.Succeeded)
            {
                _server.Port = port;
                return;
            }
            if (!ServerLogTail().Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }
        throw new InvalidOperationException("PostgreSQL did not start.\n" + last!.Describe() + ServerLogTail());
    }

    private Task<ProcessResult> TryStartServerAsync(int port, CancellationToken cancellationToken)
    {
        var options = string.Join(
            ' ',
            "-p", port.ToString(CultureInfo.InvariantCulture),
            "-k", $"'{_rootDirectory}'",
            "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off",
            "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off",
            "-c", "max_connections=300");
        // -l matters: without it the server would inherit (and hold open) our output pipes.
        return RunToolAsync(
            "pg_ctl",
            ["-D", DataDirectory!, "-l", ServerLogPath, "-w", "-t", "60", "-o", options, "start"],
            cancellationToken);
    }

    private string ServerLogPath => Path.Combine(_rootDirectory!, "server.log");

    private string ServerLogTail()
    {
        try
        {
            var lines = File.ReadAllLines(ServerLogPath);
            return "\n--- server.log ---\n" + string.Join('\n', lines.TakeLast(30));
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private async Task<ProcessResult> RunToolCheckedAsync(string tool, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var result = await RunToolAsync(tool, args, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? result : throw new InvalidOperationException(result.Describe() + (tool == "initdb" ? string.Empty : ServerLogTail()));
    }

    private Task<ProcessResult> RunToolAsync(string tool, IReadOnlyList<string> args, CancellationToken cancellationToken)
        => RunTool(_binDirectory!, tool, args, _rootDirectory, cancellationToken);

    private static Task<ProcessResult> RunTool(string binDirectory, string tool, IReadOnlyList<string> args, string? workingDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(binDirectory, tool);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["LC_MESSAGES"] = "C", ["PGDATA"] = null, ["PGPORT"] = null };
        return RunsAsRoot
            ? Processes.RunAsync("runuser", ["-u", ServerUser, "--", path, .. args], environment, workingDirectory, ToolTimeout, cancellationToken)
            : Processes.RunAsync(path, args, environment, workingDirectory, ToolTimeout, cancellationToken);
    }

    private async Task TerminateConnectionsAsync(string database, CancellationToken cancellationToken)
    {
        ClearPool(database);
        await using var connection = await OpenAdminConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()",
            connection);
        command.Parameters.AddWithValue("name", database);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private void ClearPool(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString(database));
        NpgsqlConnection.ClearPool(connection);
    }

    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAdminConnectionAsync(cancellationToken).ConfigureAwait(false);
#pragma warning disable CA2100 // Only identifiers quoted by QuoteIdentifier are interpolated.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<NpgsqlConnection> OpenAdminConnectionAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string TempBase => RunsAsRoot ? "/tmp" : Path.GetTempPath();

    private static string CreateRootDirectory()
    {
        var root = Path.Combine(TempBase, DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        using var current = Process.GetCurrentProcess();
        File.WriteAllText(
            Path.Combine(root, OwnerFileName),
            string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {current.StartTime.ToUniversalTime().Ticks}"));
        return root;
    }

    /// <summary>Stops and deletes clusters whose owning test process no longer exists.</summary>
    private static async Task ReapOrphansAsync(string binDirectory)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(TempBase, DirectoryPrefix + "*").ToList();
        }
        catch (IOException)
        {
            return;
        }
        foreach (var root in candidates)
        {
            try
            {
                var ownerFile = Path.Combine(root, OwnerFileName);
                if (!File.Exists(ownerFile) || OwnerIsAlive(File.ReadAllText(ownerFile)))
                {
                    continue;
                }
                var data = Path.Combine(root, "data");
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    await RunTool(binDirectory, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"], root, CancellationToken.None).ConfigureAwait(false);
                }
                DeleteDirectory(root);
            }
            catch (IOException)
            {
                // Another process is reaping it, or it is not ours to touch.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool OwnerIsAlive(string ownerText)
    {
        var parts = ownerText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var startTicks))
        {
            return true; // Unknown format: leave it alone.
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            var started = process.StartTime.ToUniversalTime().Ticks;
            return Math.Abs(started - startTicks) < TimeSpan.TicksPerSecond * 2;
        }
        catch (ArgumentException)
        {
            return false; // No such process.
        }
        catch (InvalidOperationException)
        {
            return false; // It exited meanwhile.
        }
    }

    /// <summary>Synchronous best-effort cleanup when the test process exits without disposing.</summary>
    private void EmergencyCleanup()
    {
        if (!IsOwned || Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        try
        {
            RunTool(_binDirectory!, "pg_ctl", ["-D", DataDirectory!, "-m", "immediate", "-w", "-t", "10", "stop"], _rootDirectory, CancellationToken.None)
                .Wait(TimeSpan.FromSeconds(15));
            DeleteDirectory(_rootDirectory!);
        }
        catch (AggregateException)
        {
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void DeleteDirectory(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                // A server process still closing files; try again shortly.
                Thread.Sleep(100 * attempt);
            }
        }
    }

    private static async Task EnsureServerUserAsync(CancellationToken cancellationToken)
    {
        var exists = await Processes.RunAsync("id", ["-u", ServerUser], timeout: ToolTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (exists.Succeeded)
        {
            return;
        }
        var created = await Processes.RunAsync(
            "useradd",
            ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", ServerUser],
            timeout: ToolTimeout,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        // Exit code 9: created concurrently by another process.
        if (!created.Succeeded && created.ExitCode != 9)
        {
            throw new InvalidOperationException($"Could not create the '{ServerUser}' user that runs PostgreSQL under root.\n" + created.Describe());
        }
    }

    private static string FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServerTools(configured)
                ? configured
                : throw new InvalidOperationException($"{BinDirectoryVariable}={configured} does not contain initdb and pg_ctl.");
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.EnumerateDirectories(debianRoot)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: ParseVersion(Path.GetFileName(dir))))
                .Where(candidate => HasServerTools(candidate.Dir))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Dir)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasServerTools(dir))
            {
                return dir;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: install them with `apt-get install postgresql-15`, "
            + $"or set {AdminConnectionStringVariable} to an admin connection string of an existing server.");
    }

    private static bool HasServerTools(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    private static double ParseVersion(string name)
        => double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : 0;
}
