using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Domain.Common;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>
/// The per-rep monthly summary (issue 17, ADR 0009) is what the raw rows add up to, whatever wrote them and in
/// whatever order: the demo company as loaded, then weekly saves through the API, history imports that replace
/// rows, figures corrected, rows moved to another region and deleted by hand, writers in parallel on one rep's
/// month, after a migration of old data and after a rebuild. "What the raw rows add up to" is computed here by
/// a query of its own (<see cref="Expected"/>), not by the migration's SQL.
/// </summary>
public class RepMonthActualsKeep(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>
{
    private const string Columns =
        "period_key, region_id, rep_id, history_rows, weekly_entries, sales_amount, sales_volume, collections, history_sales_amount, "
        + "new_customer_sales, collections_3_to_6_months, collections_over_6_months, orders, new_customers, existing_customer_visits, calls, lost_customers";

    private const string Expected =
        """
        SELECT period_key, region_id, rep_id,
            count(*) FILTER (WHERE source = 'history')::int, count(*) FILTER (WHERE source = 'week')::int,
            sum(sales_amount) AS sales_amount, sum(sales_volume) AS sales_volume, sum(collections) AS collections, sum(history_sales_amount), sum(new_customer_sales),
            sum(c3to6), sum(over6), sum(orders), sum(new_customers), sum(visits), sum(calls), sum(lost)
        FROM (
            SELECT 'week' AS source, period_key, region_id, rep_id, sales_amount, sales_volume, collections, 0::numeric AS history_sales_amount,
                new_customer_sales, collections_3_to_6_months AS c3to6, collections_over_6_months AS over6, orders::bigint AS orders,
                new_customers::bigint AS new_customers, existing_customer_visits::bigint AS visits, calls::bigint AS calls, lost_customers::bigint AS lost
            FROM progress_entries
            UNION ALL
            SELECT 'history', period_key, region_id, rep_id, sales_amount, sales_volume, collections, sales_amount, 0, 0, 0, 0, 0, 0, 0, 0
            FROM monthly_actuals
        ) AS raw
        GROUP BY period_key, region_id, rep_id
        """;

    [Fact]
    public async Task MatchesTheRawRowsAfterARandomSequenceOfSavesImportsCorrectionsMovesAndDeletes()
    {
        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);
        (await DifferencesAsync(data)).ShouldBeEmpty("as the demo company was loaded");
        (await CountAsync(data, "SELECT count(*) FROM rep_month_actuals")).ShouldBeGreaterThan(0);

        var random = new Random(17);
        var saved = new HashSet<(int Rep, int Month, int Week)>();
        var actuals = new ActualsQuery(TestDatabases.CreateFactory(fixture.ConnectionString));
        Period[] months = [.. Enumerable.Range(7, 6).Select(m => Period.From(2024, m))];
        for (var step = 0; step < 40; step++)
        {
            var (summaryBefore, revisionsBefore) = (await SummaryTextAsync(data), string.Join(';', await actuals.RevisionsAsync(months)));
            var (rep, month) = (random.Next(1, 5), random.Next(7, 10));
            var operation = random.Next(6);
            switch (operation)
            {
                case 0 or 1:
                    var week = random.Next(1, 5);
                    if (saved.Add((rep, month, week)))
                    {
                        var api = await fixture.ApiAsync(DemoUsers.Rep(rep));
                        using var response = await api.PutWeekAsync($"2024-{month:00}", week, new
                        {
                            salesAmount = random.Next(100, 5_000) + 0.25m, salesVolume = random.Next(1, 20), collections = 90m, orders = random.Next(5),
                            newCustomers = 1, existingCustomerVisits = 2, calls = 3, lostCustomers = 0, newCustomerSales = 40m,
                            collections3To6Months = 20m, collectionsOver6Months = 10m,
                        });
                        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
                    }

                    break;
                case 2:
                    // An import replaces the month's history of the reps it names.
                    var csv = "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections\n"
                        + $"2024-{month:00},{DemoUsers.Rep(1)},EAST,AC-100,{random.Next(100, 900)}.50,3,100.00\n"
                        + $"2024-{month:00},{DemoUsers.Rep(2)},EAST,AC-200,{random.Next(100, 900)}.00,1,0\n";
                    (await fixture.CreateImportService().ImportAsync(await fixture.ActorAsync(DemoUsers.Admin), csv)).IsOk.ShouldBeTrue();
                    break;
                case 3:
                    await ExecuteAsync(data, $"UPDATE progress_entries SET sales_amount = sales_amount + 7.5, orders = orders + 1 WHERE period_key = 2024{month:00}");
                    await ExecuteAsync(data, $"UPDATE monthly_actuals SET collections = collections + 1.25 WHERE period_key = 2024{month:00}");
                    break;
                case 4:
                    // Rows moved to another region and month in one statement: out of one summary row, into another.
                    await ExecuteAsync(data, $"UPDATE progress_entries SET region_id = '{fixture.Ids.South}', period_key = 202412, week_number = {100 + step} "
                        + $"WHERE period_key = 2024{month:00} AND week_number = 1");
                    saved.RemoveWhere(s => s.Month == month && s.Week == 1);
                    break;
                default:
                    var deleted = random.Next(1, 5);
                    await ExecuteAsync(data, $"DELETE FROM progress_entries WHERE period_key = 2024{month:00} AND week_number = {deleted}");
                    await ExecuteAsync(data, $"DELETE FROM monthly_actuals WHERE period_key = 2024{month:00} AND rep_id = '{fixture.Ids.Rep(2)}'");
                    saved.RemoveWhere(s => s.Month == month && s.Week == deleted);
                    break;
            }

            (await DifferencesAsync(data)).ShouldBeEmpty($"after step {step} (operation {operation})");
            // The months' revisions (what the alerts keep their window under) change whenever the summary did.
            if (await SummaryTextAsync(data) != summaryBefore)
            {
                string.Join(';', await actuals.RevisionsAsync(months)).ShouldNotBe(revisionsBefore, $"after step {step} (operation {operation})");
            }
        }

        // No summary row is left where no raw row is.
        (await CountAsync(data, $"SELECT count(*) FROM rep_month_actuals WHERE period_key = 202412 AND region_id = '{fixture.Ids.South}' AND weekly_entries = 0 AND history_rows = 0"))
            .ShouldBe(0);
    }

    [Fact]
    public async Task KeepsEveryUpdateOfWritersInParallelOnOneRepsMonth()
    {
        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);
        var rep = fixture.Ids.Rep(3);
        var api = await fixture.ApiAsync(DemoUsers.Rep(3));

        // Four weeks of one month saved at once through the API, each a new row behind the same summary row.
        var saves = await Task.WhenAll(Enumerable.Range(1, 4).Select(async week =>
        {
            using var response = await api.PutWeekAsync("2024-11", week, ProgressApi.Week(1_000m + week, week, 100m));
            return response.StatusCode;
        }));
        saves.ShouldAllBe(s => s == HttpStatusCode.OK);

        // Then eight writers correct those weeks and the month's history, 25 transactions each, all on that row.
        await ExecuteAsync(data, $"INSERT INTO monthly_actuals (id, period_key, region_id, rep_id, product_id, sales_amount, sales_volume, collections) "
            + $"VALUES (gen_random_uuid(), 202411, '{fixture.Ids.East}', '{rep}', '{fixture.Ids.Product("AC-100")}', 0, 0, 0), "
            + $"(gen_random_uuid(), 202411, '{fixture.Ids.East}', '{rep}', '{fixture.Ids.Product("AC-200")}', 0, 0, 0)");
        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await using var connection = await data.OpenConnectionAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                var sql = writer < 4
                    ? $"UPDATE progress_entries SET sales_amount = sales_amount + 1, calls = calls + 1 WHERE rep_id = '{rep}' AND period_key = 202411 AND week_number = {writer + 1}"
                    : $"UPDATE monthly_actuals SET sales_amount = sales_amount + 1 WHERE rep_id = '{rep}' AND period_key = 202411 AND product_id = '{fixture.Ids.Product(writer % 2 == 0 ? "AC-100" : "AC-200")}'";
                await using (var command = new NpgsqlCommand(sql, connection, transaction))
                {
                    await command.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
            }
        })));

        (await DifferencesAsync(data)).ShouldBeEmpty();
        var summary = await CountAsync(data, $"SELECT sum(sales_amount)::bigint FROM rep_month_actuals WHERE rep_id = '{rep}' AND period_key = 202411");
        summary.ShouldBe(4_010 + (8 * 25));
    }

    [Fact]
    public async Task RebuildsFromTheRawRowsWhateverTheSummaryHeld()
    {
        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);
        var rows = await CountAsync(data, "SELECT count(*) FROM rep_month_actuals");
        await ExecuteAsync(data, "UPDATE rep_month_actuals SET sales_amount = 0 WHERE period_key % 2 = 0");
        await ExecuteAsync(data, "DELETE FROM rep_month_actuals WHERE period_key % 3 = 0");
        await ExecuteAsync(data, $"INSERT INTO rep_month_actuals ({Columns}) VALUES (190001, gen_random_uuid(), gen_random_uuid(), 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)");
        await ExecuteAsync(data, "UPDATE region_month_actuals SET collections = collections + 3 WHERE period_key % 5 = 0");
        (await DifferencesAsync(data)).ShouldNotBeEmpty();

        var written = await TestDatabases.CreateMigrator(fixture.ConnectionString).RebuildSummariesAsync();

        (await DifferencesAsync(data)).ShouldBeEmpty();
        written.ShouldBe(rows);
    }

    [Fact]
    public async Task SumsTheRowsADatabaseHeldBeforeTheMigration()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await using (var db = TestDatabases.CreateContext(connectionString))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_RepMonthActuals", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
        }

        await using (var data = NpgsqlDataSource.Create(connectionString))
        {
            await ExecuteAsync(data,
                """
                SET session_replication_role = replica;
                INSERT INTO progress_entries (id, period_key, week_number, rep_id, region_id, sales_amount, sales_volume, collections, orders,
                    new_customers, existing_customer_visits, calls, lost_customers, updated_at, entered_at, new_customer_sales)
                VALUES (gen_random_uuid(), 202611, 1, '00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-0000000000e1', 100, 1, 50, 1, 0, 0, 3, 0, now(), now(), 20),
                       (gen_random_uuid(), 202611, 2, '00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-0000000000e1', 200, 2, 80, 1, 0, 0, 4, 0, now(), now(), 0);
                INSERT INTO monthly_actuals (id, period_key, region_id, rep_id, product_id, sales_amount, sales_volume, collections)
                VALUES (gen_random_uuid(), 202611, '00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-00000000000a', gen_random_uuid(), 1000, 10, 500),
                       (gen_random_uuid(), 202610, '00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-00000000000a', gen_random_uuid(), 400, 4, 0);
                """);
        }

        await TestDatabases.CreateMigrator(connectionString).MigrateAsync();

        await using var migrated = NpgsqlDataSource.Create(connectionString);
        (await DifferencesAsync(migrated)).ShouldBeEmpty();
        (await CountAsync(migrated, "SELECT sales_amount::bigint FROM rep_month_actuals WHERE period_key = 202611")).ShouldBe(1_300);
        (await CountAsync(migrated, "SELECT count(*) FROM rep_month_actuals")).ShouldBe(2);
        (await CountAsync(migrated, "SELECT sales_amount::bigint FROM region_month_actuals WHERE period_key = 202611")).ShouldBe(1_300);
    }

    /// <summary>
    /// Summary rows that differ from what the raw rows add up to, both ways, as text (empty when they agree): the per-rep
    /// summary's, then the per-region summary's.
    /// </summary>
    private static async Task<List<string>> DifferencesAsync(NpgsqlDataSource data)
    {
        await using var command = data.CreateCommand(
            $"""
            WITH expected AS ({Expected}), summary AS (SELECT {Columns} FROM rep_month_actuals),
            expected_regions AS (
                SELECT period_key, region_id, count(*)::int AS rep_rows, sum(sales_amount) AS sales_amount, sum(sales_volume) AS sales_volume, sum(collections) AS collections
                FROM expected GROUP BY period_key, region_id),
            regions AS (SELECT period_key, region_id, rep_rows, sales_amount, sales_volume, collections FROM region_month_actuals)
            (SELECT 'summary has' AS side, * FROM (SELECT * FROM summary EXCEPT ALL SELECT * FROM expected) AS extra)
            UNION ALL
            (SELECT 'raw rows add up to', * FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM summary) AS missing)
            UNION ALL
            (SELECT 'region summary has', d.period_key, d.region_id, NULL::uuid, d.rep_rows, NULL::int, d.sales_amount, d.sales_volume, d.collections,
                    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
                FROM (SELECT * FROM regions EXCEPT ALL SELECT * FROM expected_regions) AS d)
            UNION ALL
            (SELECT 'raw rows add up to, by region', d.period_key, d.region_id, NULL::uuid, d.rep_rows, NULL::int, d.sales_amount, d.sales_volume, d.collections,
                    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
                FROM (SELECT * FROM expected_regions EXCEPT ALL SELECT * FROM regions) AS d)
            LIMIT 10
            """);
        var differences = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            differences.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return differences;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SummaryTextAsync(NpgsqlDataSource data)
    {
        await using var command = data.CreateCommand(
            "SELECT coalesce(string_agg(r::text, ';' ORDER BY r::text), '') FROM rep_month_actuals AS r WHERE period_key BETWEEN 202407 AND 202412");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
