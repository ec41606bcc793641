using Microsoft.EntityFrameworkCore;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>
/// <c>dotnet SalesPlanning.Web.dll --migrate-only</c>, as a deployment runs it before starting instances, and
/// <c>--rebuild-summaries</c>, as an operator runs it after a restore (ADR 0009).
/// </summary>
public class MigrateOnlyCommandRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task MigratesTheDatabaseAndExits()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        var logs = Path.Combine(Path.GetTempPath(), "salesplanning-tests", "migrate-only-.log");

        var result = await RunAppAsync(connectionString, "--migrate-only", logs, demoData: true);

        result.ExitCode.ShouldBe(0, result.Describe());
        await using var db = TestDatabases.CreateContext(connectionString);
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.Users.CountAsync()).ShouldBe(0, "--migrate-only exits before loading any demo data");
    }

    [Fact]
    public async Task RebuildsTheMonthlySummariesAndExits()
    {
        // A migrated database with raw rows behind the summaries' back: written with the triggers off, as a restore might.
        var connectionString = await TestDatabases.CreateMigratedAsync();
        await using (var data = Npgsql.NpgsqlDataSource.Create(connectionString))
        {
            await using var insert = data.CreateCommand(
                """
                SET session_replication_role = replica;
                INSERT INTO monthly_actuals (id, period_key, region_id, rep_id, product_id, sales_amount, sales_volume, collections)
                VALUES (gen_random_uuid(), 202611, '00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-00000000000a', gen_random_uuid(), 1000, 10, 500),
                       (gen_random_uuid(), 202611, '00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-00000000000b', gen_random_uuid(), 250, 1, 0);
                """);
            await insert.ExecuteNonQueryAsync();
        }

        var result = await RunAppAsync(
            connectionString, "--rebuild-summaries", Path.Combine(Path.GetTempPath(), "salesplanning-tests", "rebuild-summaries-.log"), demoData: false);

        result.ExitCode.ShouldBe(0, result.Describe());
        await using var db = TestDatabases.CreateContext(connectionString);
        (await db.RepMonthActuals.CountAsync()).ShouldBe(2);
        (await db.RegionMonthActuals.SingleAsync()).SalesAmount.ShouldBe(1_250m);
    }

    /// <summary>The published app run as a command (<paramref name="command"/>) on the database, as an operator runs it.</summary>
    private static Task<ProcessResult> RunAppAsync(string connectionString, string command, string logs, bool demoData) =>
        Processes.RunAsync(
            DotnetHost(),
            [Path.Combine(AppContext.BaseDirectory, "SalesPlanning.Web.dll"), command],
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["ConnectionStrings__SalesPlanning"] = connectionString,
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["SalesPlanning__DemoData"] = demoData ? "true" : "false",
                ["Serilog__WriteTo__1__Args__path"] = logs,
            },
            workingDirectory: AppContext.BaseDirectory,
            timeout: Timeout);

    /// <summary>The dotnet host running these tests, so that the app runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
