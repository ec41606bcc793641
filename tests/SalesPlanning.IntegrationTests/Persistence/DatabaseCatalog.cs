using System.Globalization;
using Npgsql;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>
/// The public schema of a database as sorted lines read from PostgreSQL's catalogs: tables,
/// columns (type, length, precision, nullability, default, identity), constraints (primary,
/// foreign, unique, check) and indexes. EF's __EFMigrationsHistory table is left out, and so are
/// constraint triggers (contype 't'): like every trigger and function, they live in the migrations
/// only, which the model knows nothing of.
/// </summary>
public static class DatabaseCatalog
{
    private const string History = "__EFMigrationsHistory";

    private const string TablesSql = $"""
        SELECT 'table ' || table_name
        FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '{History}'
        """;

    private const string ColumnsSql = $"""
        SELECT format('column %s.%s type=%s udt=%s length=%s precision=%s scale=%s datetime_precision=%s nullable=%s default=%s identity=%s/%s generated=%s collation=%s',
                      table_name, column_name, data_type, udt_name, character_maximum_length, numeric_precision,
                      numeric_scale, datetime_precision, is_nullable, column_default, is_identity,
                      identity_generation, is_generated, collation_name)
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '{History}'
        """;

    private const string ConstraintsSql = $"""
        SELECT format('constraint %s.%s %s %s', t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid))
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> '{History}' AND c.contype <> 't'
        """;

    private const string IndexesSql = $"""
        SELECT format('index %s.%s %s', tablename, indexname, indexdef)
        FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '{History}'
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var sql in new[] { TablesSql, ColumnsSql, ConstraintsSql, IndexesSql })
        {
            lines.AddRange(await QueryStringsAsync(connection, sql));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The rows of __EFMigrationsHistory as "id version" lines, in order.</summary>
    public static async Task<IReadOnlyList<string>> ReadHistoryAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await QueryStringsAsync(
            connection,
            $"""SELECT "MigrationId" || ' ' || "ProductVersion" FROM "{History}" ORDER BY "MigrationId" """);
    }

    public static async Task ExecuteScriptAsync(string connectionString, string script)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // The script is EF's own create script for our model.
        await using var command = new NpgsqlCommand(script, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A readable difference for a failure message: lines only in one or only in the other.</summary>
    public static string Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string expectedName, string actualName)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Select(l => $"  only in {expectedName}: {l}");
        var extra = actual.Except(expected, StringComparer.Ordinal).Select(l => $"  only in {actualName}: {l}");
        return string.Join(Environment.NewLine, missing.Concat(extra));
    }

    private static async Task<List<string>> QueryStringsAsync(NpgsqlConnection connection, string sql)
    {
#pragma warning disable CA2100 // Constant SQL.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return lines;
    }
}
