using Microsoft.EntityFrameworkCore;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary><c>dotnet SalesPlanning.Web.dll --migrate-only</c>, as a deployment runs it before starting instances.</summary>
public class MigrateOnlyCommandRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task MigratesTheDatabaseAndExits()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        var logs = Path.Combine(Path.GetTempPath(), "salesplanning-tests", "migrate-only-.log");

        var result = await Processes.RunAsync(
            DotnetHost(),
            [Path.Combine(AppContext.BaseDirectory, "SalesPlanning.Web.dll"), "--migrate-only"],
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["ConnectionStrings__SalesPlanning"] = connectionString,
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["SalesPlanning__DemoData"] = "true",
                ["Serilog__WriteTo__1__Args__path"] = logs,
            },
            workingDirectory: AppContext.BaseDirectory,
            timeout: Timeout);

        result.ExitCode.ShouldBe(0, result.Describe());
        await using var db = TestDatabases.CreateContext(connectionString);
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.Users.CountAsync()).ShouldBe(0, "--migrate-only exits before loading any demo data");
    }

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
