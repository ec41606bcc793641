using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Infrastructure.Persistence;

namespace SalesPlanning.TestSupport;

/// <summary>
/// One PostgreSQL cluster per test run, one migrated template database, and a fresh clone of it
/// for each test class (CREATE DATABASE … TEMPLATE …, about a tenth of a second). The demo company,
/// as the app loads it at start-up, is made once per run too (with and without its plans) and
/// cloned the same way, instead of loading it again for every app a test class starts (~3 s each).
/// </summary>
public static class TestDatabases
{
    private const string TemplateName = "salesplanning_template";
    private static readonly SemaphoreSlim CloneLock = new(1, 1);
    private static readonly Lazy<Task<PostgresCluster>> LazyCluster = new(StartClusterAsync);
    private static readonly Lazy<Task<string>> LazyTemplate = new(CreateTemplateAsync);
    private static readonly Lazy<Task<string>> LazyDemoTemplate = new(() => CreateDemoTemplateAsync(withPlans: false));
    private static readonly Lazy<Task<string>> LazyDemoPlansTemplate = new(() => CreateDemoTemplateAsync(withPlans: true));

    public static Task<PostgresCluster> ClusterAsync() => LazyCluster.Value;

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public static async Task<string> CreateMigratedAsync(string? name = null) => await CloneAsync(await LazyTemplate.Value, name);

    /// <summary>
    /// A new database holding the demo company exactly as the app's start-up loads it (SalesPlanning:DemoData, and
    /// with <paramref name="withPlans"/> SalesPlanning:DemoPlans); returns its connection string.
    /// </summary>
    public static async Task<string> CreateWithDemoAsync(bool withPlans) =>
        await CloneAsync(await (withPlans ? LazyDemoPlansTemplate : LazyDemoTemplate).Value);

    private static async Task<string> CloneAsync(string template, string? name = null)
    {
        var cluster = await ClusterAsync();
        var database = name ?? NewName();
        // A template may be copied by one session at a time.
        await CloneLock.WaitAsync();
        try
        {
            await cluster.CreateDatabaseAsync(database, template);
        }
        finally
        {
            CloneLock.Release();
        }

        return cluster.ConnectionString(database);
    }

    /// <summary>A new database with no schema at all; returns its connection string.</summary>
    public static async Task<string> CreateEmptyAsync(string? name = null)
    {
        var cluster = await ClusterAsync();
        var database = name ?? NewName();
        await cluster.CreateDatabaseAsync(database);
        return cluster.ConnectionString(database);
    }

    public static SalesPlanningDbContext CreateContext(string connectionString) =>
        new(SalesPlanningDbContext.Configure(new DbContextOptionsBuilder<SalesPlanningDbContext>(), connectionString).Options);

    /// <summary>EF Core's factory of the concrete context (migrator, tests that read tables directly).</summary>
    public static IDbContextFactory<SalesPlanningDbContext> CreateContextFactory(string connectionString) =>
        new Factory(connectionString);

    /// <summary>What the use-case services take.</summary>
    public static ISalesPlanningDbFactory CreateFactory(string connectionString) =>
        new SalesPlanningDbFactory(CreateContextFactory(connectionString));

    public static DatabaseMigrator CreateMigrator(string connectionString) =>
        new(CreateContextFactory(connectionString), NullLogger<DatabaseMigrator>.Instance);

    private static string NewName() => "sp_" + Guid.NewGuid().ToString("N")[..16];

    private static async Task<PostgresCluster> StartClusterAsync()
    {
        var cluster = await PostgresCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var cluster = await ClusterAsync();
        var name = TemplateName + "_" + Guid.NewGuid().ToString("N")[..8];
        await cluster.CreateDatabaseAsync(name);
        await CreateMigrator(cluster.ConnectionString(name)).MigrateAsync();
        return name;
    }

    // The app loads the demo company into the clone when it starts, as ./run.sh does; stopping it leaves the database to copy.
    private static async Task<string> CreateDemoTemplateAsync(bool withPlans)
    {
        var connectionString = await CreateMigratedAsync();
        var settings = new Dictionary<string, string?> { ["SalesPlanning:DemoPlans"] = withPlans ? "true" : "false" };
        await using (var app = new SalesPlanningApp(connectionString, demoData: true, settings))
        {
            app.StartServer();
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<SalesPlanningDbContext>
    {
        public SalesPlanningDbContext CreateDbContext() => CreateContext(connectionString);
    }
}
