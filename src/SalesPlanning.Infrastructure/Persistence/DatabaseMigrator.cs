using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SalesPlanning.Infrastructure.Persistence;

/// <summary>
/// Applies EF migrations. Several instances may start at once: a PostgreSQL advisory lock held for
/// the duration makes them take turns, and the ones that come second find nothing left to apply.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<SalesPlanningDbContext> contexts, ILogger<DatabaseMigrator> logger)
{
    // Any constant shared by all instances; "SalesPln" in ASCII.
    private const long LockKey = 0x53616c6573506c6e;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The lock is held on a connection outside the pool: closing it ends its session and so releases the lock, whatever
        // happened meanwhile (the pool does not reset connections, DependencyInjection.WithPoolSettings).
        var unpooled = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString;
        await using var held = new NpgsqlConnection(unpooled);
        await held.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", held) { Parameters = { new("key", LockKey) } })
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        // EF probes for its history table by querying it, which logs a failed command on an
        // empty database; creating the table first (IF NOT EXISTS) keeps first start-ups clean.
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
            return;
        }

        logger.LogInformation("Applying {MigrationCount} migrations: {Migrations}", pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database schema migrated");
    }

    /// <summary>
    /// Recomputes the monthly summaries (per rep, per region) from the raw rows (ADR 0009): for after a restore or a hand-made
    /// repair. Writers of actuals wait while it runs; answers how many summary rows it wrote.
    /// </summary>
    public async Task<long> RebuildSummariesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rebuild_month_actuals()";
        var written = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        logger.LogInformation("Rebuilt the monthly summaries: {SummaryRows} rows", written);
        return written;
    }
}
