using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>
/// Product lines carry their month (issue 17): lines saved before the migration take their entry's month, so a
/// month's product figures after an upgrade are what they were before it.
/// </summary>
public class ProductLinesByMonthMigrate
{
    [Fact]
    public async Task GivesLinesSavedBeforeItTheirEntrysMonth()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await using (var db = TestDatabases.CreateContext(connectionString))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_ProductLinesByMonth", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                """
                SET session_replication_role = replica;
                INSERT INTO progress_entries (id, period_key, week_number, rep_id, region_id, sales_amount, sales_volume, collections, orders,
                    new_customers, existing_customer_visits, calls, lost_customers, updated_at, entered_at, new_customer_sales)
                VALUES ('00000000-0000-0000-0000-000000000001', 202611, 2, gen_random_uuid(), gen_random_uuid(), 100, 1, 50, 1, 0, 0, 0, 0, now(), now(), 0),
                       ('00000000-0000-0000-0000-000000000002', 202612, 1, gen_random_uuid(), gen_random_uuid(), 200, 2, 80, 1, 0, 0, 0, 0, now(), now(), 0);
                INSERT INTO progress_lines (id, entry_id, product_id, sales_amount, sales_volume, collections)
                VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', gen_random_uuid(), 100, 1, 50),
                       (gen_random_uuid(), '00000000-0000-0000-0000-000000000002', gen_random_uuid(), 120, 1, 40),
                       (gen_random_uuid(), '00000000-0000-0000-0000-000000000002', gen_random_uuid(), 80, 1, 40);
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        await TestDatabases.CreateMigrator(connectionString).MigrateAsync();

        await using var migrated = TestDatabases.CreateContext(connectionString);
        var months = await migrated.ProgressLines.GroupBy(l => l.PeriodKey).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync();
        months.Select(m => (m.Key, m.Count)).ShouldBe([(202611, 1), (202612, 2)]);
    }
}
