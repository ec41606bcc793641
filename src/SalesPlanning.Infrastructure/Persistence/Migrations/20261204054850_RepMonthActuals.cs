using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RepMonthActuals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rep_month_actuals",
                columns: table => new
                {
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rep_id = table.Column<Guid>(type: "uuid", nullable: false),
                    history_rows = table.Column<int>(type: "integer", nullable: false),
                    weekly_entries = table.Column<int>(type: "integer", nullable: false),
                    sales_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    sales_volume = table.Column<long>(type: "bigint", nullable: false),
                    collections = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    history_sales_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    new_customer_sales = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    collections_3_to_6_months = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    collections_over_6_months = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    orders = table.Column<long>(type: "bigint", nullable: false),
                    new_customers = table.Column<long>(type: "bigint", nullable: false),
                    existing_customer_visits = table.Column<long>(type: "bigint", nullable: false),
                    calls = table.Column<long>(type: "bigint", nullable: false),
                    lost_customers = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rep_month_actuals", x => new { x.period_key, x.region_id, x.rep_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_rep_month_actuals_rep_id_period_key",
                table: "rep_month_actuals",
                columns: new[] { "rep_id", "period_key" });

            migrationBuilder.Sql(SummarySql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SummarySql.Down);
            migrationBuilder.DropTable(
                name: "rep_month_actuals");
        }
    }

    /// <summary>
    /// The triggers that keep <c>rep_month_actuals</c> (ADR 0009) and the function that rebuilds it, written
    /// out from one list of figures: each summary column with what a weekly entry and a history row add to it.
    /// Statement-level triggers with transition tables: one grouped upsert per statement, whatever the rows
    /// (a weekly save, an import, COPY); concurrent writers to one rep's month meet on the summary row's lock
    /// and add to each other's results (ON CONFLICT DO UPDATE re-reads the row), so no update is lost.
    /// </summary>
    internal static class SummarySql
    {
        private static readonly (string Column, string FromEntry, string FromHistory)[] Figures =
        [
            ("history_rows", "0", "1"),
            ("weekly_entries", "1", "0"),
            ("sales_amount", "sales_amount", "sales_amount"),
            ("sales_volume", "sales_volume", "sales_volume"),
            ("collections", "collections", "collections"),
            ("history_sales_amount", "0", "sales_amount"),
            ("new_customer_sales", "new_customer_sales", "0"),
            ("collections_3_to_6_months", "collections_3_to_6_months", "0"),
            ("collections_over_6_months", "collections_over_6_months", "0"),
            ("orders", "orders", "0"),
            ("new_customers", "new_customers", "0"),
            ("existing_customer_visits", "existing_customer_visits", "0"),
            ("calls", "calls", "0"),
            ("lost_customers", "lost_customers", "0"),
        ];

        private const string Key = "period_key, region_id, rep_id";

        private static readonly string Columns = string.Join(", ", Figures.Select(f => f.Column));

        private static readonly string Sums = string.Join(", ", Figures.Select(f => $"sum({f.Column})"));

        public static string Up =>
            $"""
            {TriggerFunction("progress_entries", e => e.FromEntry)}
            {TriggerFunction("monthly_actuals", e => e.FromHistory)}

            CREATE FUNCTION rebuild_rep_month_actuals() RETURNS bigint LANGUAGE plpgsql AS $$
            DECLARE
                written bigint;
            BEGIN
                -- Writers wait until the rebuild commits: nothing changes under it.
                LOCK TABLE progress_entries, monthly_actuals IN SHARE MODE;
                DELETE FROM rep_month_actuals;
                INSERT INTO rep_month_actuals ({Key}, {Columns})
                SELECT {Key}, {Sums} FROM (
                    {Select("progress_entries", f => f.FromEntry, "")}
                    UNION ALL
                    {Select("monthly_actuals", f => f.FromHistory, "")}
                ) AS d
                GROUP BY {Key};
                GET DIAGNOSTICS written = ROW_COUNT;
                RETURN written;
            END $$;

            SELECT rebuild_rep_month_actuals();
            """;

        public static string Down =>
            """
            DROP TRIGGER rep_month_actuals_insert ON progress_entries;
            DROP TRIGGER rep_month_actuals_update ON progress_entries;
            DROP TRIGGER rep_month_actuals_delete ON progress_entries;
            DROP TRIGGER rep_month_actuals_insert ON monthly_actuals;
            DROP TRIGGER rep_month_actuals_update ON monthly_actuals;
            DROP TRIGGER rep_month_actuals_delete ON monthly_actuals;
            DROP FUNCTION rep_month_actuals_from_progress_entries();
            DROP FUNCTION rep_month_actuals_from_monthly_actuals();
            DROP FUNCTION rebuild_rep_month_actuals();
            """;

        private static string Select(string from, System.Func<(string Column, string FromEntry, string FromHistory), string> figure, string sign) =>
            $"SELECT {Key}, {string.Join(", ", Figures.Select(f => $"{sign}({figure(f)}) AS {f.Column}"))} FROM {from}";

        private static string Upsert(string rows) =>
            $"""
                    INSERT INTO rep_month_actuals AS s ({Key}, {Columns})
                    SELECT {Key}, {Sums} FROM ({rows}) AS d
                    GROUP BY {Key}
                    ORDER BY {Key}
                    ON CONFLICT ({Key}) DO UPDATE SET {string.Join(", ", Figures.Select(f => $"{f.Column} = s.{f.Column} + excluded.{f.Column}"))};
            """;

        // A summary row with no raw row left behind it goes, so the summary has a row exactly where the raw rows have one.
        private const string DeleteEmpty =
            """
                    DELETE FROM rep_month_actuals AS s
                    USING (SELECT DISTINCT period_key, region_id, rep_id FROM old_rows) AS k
                    WHERE s.period_key = k.period_key AND s.region_id = k.region_id AND s.rep_id = k.rep_id
                        AND s.history_rows = 0 AND s.weekly_entries = 0;
            """;

        private static string TriggerFunction(string table, System.Func<(string Column, string FromEntry, string FromHistory), string> figure) =>
            $"""
            CREATE FUNCTION rep_month_actuals_from_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
            {Upsert(Select("new_rows", figure, ""))}
                ELSIF TG_OP = 'UPDATE' THEN
            {Upsert(Select("new_rows", figure, "") + " UNION ALL " + Select("old_rows", figure, "-"))}
            {DeleteEmpty}
                ELSE
            {Upsert(Select("old_rows", figure, "-"))}
            {DeleteEmpty}
                END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER rep_month_actuals_insert AFTER INSERT ON {table}
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rep_month_actuals_from_{table}();
            CREATE TRIGGER rep_month_actuals_update AFTER UPDATE ON {table}
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rep_month_actuals_from_{table}();
            CREATE TRIGGER rep_month_actuals_delete AFTER DELETE ON {table}
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rep_month_actuals_from_{table}();
            """;
    }
}
