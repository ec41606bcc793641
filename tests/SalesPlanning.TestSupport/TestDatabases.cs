using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Infrastructure.Persistence;

namespace SalesPlanning.TestSupport;

/// <summary>
/// One PostgreSQL cluster per test run, one migrated template database, and a fresh clone of it
/// for each test class (CREATE DATABASE … TEMPLATE …, about a tenth of a second).
/// </summary>
public static class TestDatabases
{
    private const string TemplateName = "salesplanning_template";
    private static readonly SemaphoreSlim CloneLock = new(1, 1);
    private static readonly Lazy<Task<PostgresCluster>> LazyCluster = new(StartClusterAsync);
    private static readonly Lazy<Task<string>> LazyTemplate = new(CreateTemplateAsync);

    public static Task<PostgresCluster> ClusterAsync() => LazyCluster.Value;

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public static async Task<string> CreateMigratedAsync(string? name = null)
    {
        var cluster = await ClusterAsync();
        var template = await LazyTemplate.Value;
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
        new(new DbContextOptionsBuilder<SalesPlanningDbContext>().UseNpgsql(connectionString).Options);

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

    private sealed class Factory(string connectionString) : IDbContextFactory<SalesPlanningDbContext>
    {
        public SalesPlanningDbContext CreateDbContext() => CreateContext(connectionString);
    }
}
