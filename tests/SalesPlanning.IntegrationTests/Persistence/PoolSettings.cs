using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SalesPlanning.Infrastructure;
using SalesPlanning.Infrastructure.Persistence;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>
/// The app's connections prepare the statements they run often (Npgsql's automatic preparation, issue 17), unless the
/// connection string says how many itself.
/// </summary>
public class AutoPreparedStatements
{
    [Theory]
    [InlineData("Host=db;Database=sp", DependencyInjection.AutoPreparedStatements)]
    [InlineData("Host=db;Database=sp;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=sp;max auto prepare=10", 10)]
    [InlineData("Host=db;Database=sp;MaxAutoPrepare=12", 12)]
    public void TakesTheConnectionStringsOwnNumber(string connectionString, int expected)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DependencyInjection.WithAutoPrepare(connectionString));

        tuned.MaxAutoPrepare.ShouldBe(expected);
        tuned.Host.ShouldBe("db");
        tuned.Database.ShouldBe("sp");
    }

    [Fact]
    public async Task AStatementRunAFewTimesIsPreparedOnItsConnection()
    {
        var connectionString = await TestDatabases.CreateMigratedAsync();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:SalesPlanning"] = connectionString })
                .Build())
            .AddSalesPlanningPersistence()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SalesPlanningDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        for (var i = 0; i < 6; i++)
        {
            await db.Regions.Where(r => r.Code == "EAST" + i).CountAsync();
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        prepared.ShouldContain(s => s.Contains("FROM regions", StringComparison.Ordinal));
    }
}
