using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RegionMonthActuals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "region_month_actuals",
                columns: table => new
                {
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rep_rows = table.Column<int>(type: "integer", nullable: false),
                    sales_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    sales_volume = table.Column<long>(type: "bigint", nullable: false),
                    collections = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_month_actuals", x => new { x.period_key, x.region_id });
                });

            migrationBuilder.Sql(RegionSummarySql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RegionSummarySql.Down);
            migrationBuilder.DropTable(
                name: "region_month_actuals");
        }
    }

    /// <summary>
    /// The per-region summary (ADR 0009): filled from the per-rep one, then kept by statement-level triggers on
    /// <c>rep_month_actuals</c> (which its own triggers write), and rebuilt with it by <c>rebuild_month_actuals()</c>.
    /// </summary>
    internal static class RegionSummarySql
    {
        private const string Key = "period_key, region_id";

        private const string Columns = "rep_rows, sales_amount, sales_volume, collections";

        public static string Up =>
            $"""
            INSERT INTO region_month_actuals ({Key}, {Columns})
            SELECT {Key}, count(*), sum(sales_amount), sum(sales_volume), sum(collections) FROM rep_month_actuals GROUP BY {Key};

            CREATE FUNCTION region_month_actuals_from_rep_month_actuals() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
            {Upsert(Select("new_rows", ""))}
                ELSIF TG_OP = 'UPDATE' THEN
            {Upsert(Select("new_rows", "") + " UNION ALL " + Select("old_rows", "-"))}
            {DeleteEmpty}
                ELSE
            {Upsert(Select("old_rows", "-"))}
            {DeleteEmpty}
                END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER region_month_actuals_insert AFTER INSERT ON rep_month_actuals
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION region_month_actuals_from_rep_month_actuals();
            CREATE TRIGGER region_month_actuals_update AFTER UPDATE ON rep_month_actuals
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION region_month_actuals_from_rep_month_actuals();
            CREATE TRIGGER region_month_actuals_delete AFTER DELETE ON rep_month_actuals
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION region_month_actuals_from_rep_month_actuals();

            -- Both summaries from the raw rows: the per-rep rows go (their trigger takes them out of the regions), whatever
            -- the regions still hold goes, then the per-rep rebuild adds everything back through the same trigger.
            CREATE FUNCTION rebuild_month_actuals() RETURNS bigint LANGUAGE plpgsql AS $$
            BEGIN
                LOCK TABLE progress_entries, monthly_actuals IN SHARE MODE;
                DELETE FROM rep_month_actuals;
                DELETE FROM region_month_actuals;
                RETURN rebuild_rep_month_actuals();
            END $$;
            """;

        public static string Down =>
            """
            DROP FUNCTION rebuild_month_actuals();
            DROP TRIGGER region_month_actuals_insert ON rep_month_actuals;
            DROP TRIGGER region_month_actuals_update ON rep_month_actuals;
            DROP TRIGGER region_month_actuals_delete ON rep_month_actuals;
            DROP FUNCTION region_month_actuals_from_rep_month_actuals();
            """;

        private static string Select(string from, string sign) =>
            $"SELECT {Key}, {sign}1 AS rep_rows, {sign}sales_amount AS sales_amount, {sign}sales_volume AS sales_volume, {sign}collections AS collections FROM {from}";

        private static string Upsert(string rows) =>
            $"""
                    INSERT INTO region_month_actuals AS s ({Key}, {Columns})
                    SELECT {Key}, sum(rep_rows), sum(sales_amount), sum(sales_volume), sum(collections) FROM ({rows}) AS d
                    GROUP BY {Key}
                    ORDER BY {Key}
                    ON CONFLICT ({Key}) DO UPDATE SET rep_rows = s.rep_rows + excluded.rep_rows, sales_amount = s.sales_amount + excluded.sales_amount,
                        sales_volume = s.sales_volume + excluded.sales_volume, collections = s.collections + excluded.collections;
            """;

        private const string DeleteEmpty =
            """
                    DELETE FROM region_month_actuals AS s
                    USING (SELECT DISTINCT period_key, region_id FROM old_rows) AS k
                    WHERE s.period_key = k.period_key AND s.region_id = k.region_id AND s.rep_rows = 0;
            """;
    }
}
