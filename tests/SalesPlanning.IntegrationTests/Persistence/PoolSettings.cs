using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SalesPlanning.Infrastructure;
using SalesPlanning.Infrastructure.Persistence;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>
/// The app's pooled connections prepare the statements they run often and are not reset when they go back to the pool
/// (issue 17), unless the connection string says otherwise.
/// </summary>
public class PoolSettings
{
    [Theory]
    [InlineData("Host=db;Database=sp", DependencyInjection.AutoPreparedStatements, true)]
    [InlineData("Host=db;Database=sp;Max Auto Prepare=0", 0, true)]
    [InlineData("Host=db;Database=sp;max auto prepare=10", 10, true)]
    [InlineData("Host=db;Database=sp;MaxAutoPrepare=12", 12, true)]
    [InlineData("Host=db;Database=sp;No Reset On Close=false", DependencyInjection.AutoPreparedStatements, false)]
    [InlineData("Host=db;Database=sp;noresetonclose=False;Max Auto Prepare=3", 3, false)]
    [InlineData("Host=db;Database=sp;No Reset On Close=true", DependencyInjection.AutoPreparedStatements, true)]
    public void TakesWhatTheConnectionStringSays(string connectionString, int autoPrepared, bool noReset)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DependencyInjection.WithPoolSettings(connectionString));

        tuned.MaxAutoPrepare.ShouldBe(autoPrepared);
        tuned.NoResetOnClose.ShouldBe(noReset);
        tuned.Host.ShouldBe("db");
        tuned.Database.ShouldBe("sp");
    }

    [Fact]
    public async Task AStatementRunAFewTimesIsPreparedOnItsConnection()
    {
        await using var services = await AppPersistenceAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<SalesPlanningDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        for (var i = 0; i < 6; i++)
        {
            await db.Regions.Where(r => r.Code == "EAST" + i).CountAsync();
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        prepared.ShouldContain(s => s.Contains("FROM regions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATransactionLeftOpenIsRolledBackWhenItsConnectionGoesBackToThePool()
    {
        await using var services = await AppPersistenceAsync();
        var contexts = services.GetRequiredService<IDbContextFactory<SalesPlanningDbContext>>();
        int session;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE pool_probe (n int)");
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            // Begun behind EF's back, so that only Npgsql's return to the pool can end it.
            await db.Database.OpenConnectionAsync();
            session = await BackendAsync(db);
            await db.Database.ExecuteSqlRawAsync("BEGIN");
            await db.Database.ExecuteSqlRawAsync("INSERT INTO pool_probe VALUES (1)");
        }

        await using var next = await contexts.CreateDbContextAsync();
        await next.Database.OpenConnectionAsync();
        (await BackendAsync(next)).ShouldBe(session, "the same pooled connection");
        (await next.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pool_probe").SingleAsync()).ShouldBe(0);
    }

    private static Task<int> BackendAsync(SalesPlanningDbContext db) =>
        db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync();

    /// <summary>The app's persistence (its connection string handling included) on a migrated database of its own.</summary>
    private static async Task<ServiceProvider> AppPersistenceAsync()
    {
        var connectionString = await TestDatabases.CreateMigratedAsync();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:SalesPlanning"] = connectionString })
                .Build())
            .AddSalesPlanningPersistence()
            .BuildServiceProvider();
    }
}
