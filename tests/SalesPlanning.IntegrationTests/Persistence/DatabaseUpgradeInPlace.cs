using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>
/// A database made by an earlier release, full of data, upgraded by today's migrator: nothing is
/// lost, nothing is renamed, and today's model reads it.
/// </summary>
public class DatabaseUpgradeInPlace
{
    private const string LastRelease = "Persistence/Releases/2026-11-29-schema.sql";

    [Fact]
    public async Task KeepsEveryRowOfADatabaseMadeByTheReleaseOf20261129()
    {
        var database = await TestDatabases.CreateEmptyAsync();
        await DatabaseCatalog.ExecuteScriptAsync(database, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, LastRelease)));
        await CopyRowsAsync(from: await DemoDatabase.ConnectionStringAsync(), to: database);
        var oldColumns = await ColumnsAsync(database);
        var rowsBefore = await RowDigestsAsync(database, oldColumns);
        var historyBefore = await DatabaseCatalog.ReadHistoryAsync(database);

        await TestDatabases.CreateMigrator(database).MigrateAsync();

        // Every row of the old tables keeps the values of the old columns; tables and columns added since are new, not changed.
        var rowsAfter = await RowDigestsAsync(database, oldColumns);
        rowsAfter.ShouldBe(rowsBefore, DatabaseCatalog.Difference(rowsBefore, rowsAfter, "the old release", "after the upgrade"));
        rowsBefore.ShouldContain(line => line.StartsWith("users 17 ", StringComparison.Ordinal));
        var historyAfter = await DatabaseCatalog.ReadHistoryAsync(database);
        historyAfter.Take(historyBefore.Count).ShouldBe(historyBefore);

        var fresh = await TestDatabases.CreateMigratedAsync();
        var expected = await DatabaseCatalog.ReadAsync(fresh);
        var actual = await DatabaseCatalog.ReadAsync(database);
        actual.ShouldBe(expected, DatabaseCatalog.Difference(expected, actual, "a new database", "the upgraded one"));

        // Today's model reads what the old release wrote, entities whole.
        var counts = rowsBefore.Select(line => line.Split(' ')).ToDictionary(parts => parts[0], parts => long.Parse(parts[1], CultureInfo.InvariantCulture));
        await using var db = TestDatabases.CreateContext(database);
        (await db.Users.AsNoTracking().ToListAsync()).Count.ShouldBe(17);
        var regions = await db.Regions.AsNoTracking().Include(r => r.Members).ToListAsync();
        regions.Count.ShouldBe((int)counts["regions"]);
        regions.Sum(r => r.Members.Count).ShouldBe((int)counts["region_memberships"]);
        (await db.MonthlyActuals.AsNoTracking().LongCountAsync()).ShouldBe(counts["monthly_actuals"]);
        counts["monthly_actuals"].ShouldBeGreaterThan(0);
        (await db.DataProtectionKeys.AsNoTracking().LongCountAsync()).ShouldBe(counts["data_protection_keys"]);
    }

    /// <summary>Every row of every table (EF's history aside), as PostgreSQL's binary COPY moves them.</summary>
    private static async Task CopyRowsAsync(string from, string to)
    {
        await using var source = new NpgsqlConnection(from);
        await using var target = new NpgsqlConnection(to);
        await source.OpenAsync();
        await target.OpenAsync();
        // Foreign keys are enforced by triggers, which a replica session does not fire: tables can
        // be copied in any order.
        await ExecuteAsync(target, "SET session_replication_role = replica");
        // Today's demo database has tables and columns the old release did not: copy what the old release has.
        var columns = await ColumnsAsync(to);
        // Reference data the migrations seeded (the roles) comes again with the copy.
        await ExecuteAsync(target, "TRUNCATE " + string.Join(", ", columns.Keys.Select(t => $"\"{t}\"")));
        foreach (var (table, names) in columns)
        {
            var list = string.Join(", ", names.Select(n => $"\"{n}\""));
            await using var reader = await source.BeginRawBinaryCopyAsync($"COPY \"{table}\" ({list}) TO STDOUT (FORMAT BINARY)");
            await using var writer = await target.BeginRawBinaryCopyAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)");
            await reader.CopyToAsync(writer);
        }

        await ExecuteAsync(target, "SET session_replication_role = DEFAULT");
    }

    /// <summary>The columns of every table, in their order.</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection))
        {
            await using var command = new NpgsqlCommand(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t ORDER BY ordinal_position", connection);
            command.Parameters.AddWithValue("t", table);
            await using var reader = await command.ExecuteReaderAsync();
            var names = new List<string>();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }

            columns[table] = names;
        }

        return columns;
    }

    /// <summary>One line per table: its name, its row count and an md5 of its rows (these columns) in a fixed order.</summary>
    private static async Task<IReadOnlyList<string>> RowDigestsAsync(string connectionString, IReadOnlyDictionary<string, IReadOnlyList<string>> columns)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var (table, names) in columns.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var row = string.Join(", ", names.Select(n => $"t.\"{n}\""));
#pragma warning disable CA2100 // Table and column names come from the catalog.
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(ROW({row})::text, '|' ORDER BY ROW({row})::text)), '') FROM \"{table}\" t", connection);
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{table} {reader.GetInt64(0)} {reader.GetString(1)}"));
        }

        return lines;
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory'
            ORDER BY table_name
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
#pragma warning disable CA2100 // Constant SQL.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
