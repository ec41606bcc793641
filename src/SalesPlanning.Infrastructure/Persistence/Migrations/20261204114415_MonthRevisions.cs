using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MonthRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "month_figures_revision");

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "region_month_actuals",
                type: "bigint",
                nullable: false,
                defaultValueSql: "nextval('month_figures_revision')");

            migrationBuilder.CreateTable(
                name: "month_revisions",
                columns: table => new
                {
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    targets = table.Column<long>(type: "bigint", nullable: false),
                    actuals_removed = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_month_revisions", x => x.period_key);
                });

            migrationBuilder.Sql(MonthRevisionSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MonthRevisionSql.Down);
            migrationBuilder.DropTable(
                name: "month_revisions");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "region_month_actuals");

            migrationBuilder.DropSequence(
                name: "month_figures_revision");
        }
    }

    /// <summary>
    /// The triggers behind <c>MonthRevision</c>: every change to a month's targets draws a new number into
    /// <c>month_revisions.targets</c> (at commit, row by row); the per-region summary's trigger draws a new <c>revision</c> for each row it
    /// writes (in the upsert's SET, after the row's lock, so the new number is larger than the old); a deleted region row (emptied, or
    /// by a rebuild) draws one into <c>month_revisions.actuals_removed</c>, at commit too.
    /// </summary>
    internal static class MonthRevisionSql
    {
        private const string Key = "period_key, region_id";

        private const string Columns = "rep_rows, sales_amount, sales_volume, collections";

        public static string Up =>
            $$"""
            CREATE FUNCTION month_revisions_from_targets() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'DELETE' THEN
                    {{Bump("targets", "SELECT NEW.period_key AS period_key")}}
                END IF;
                IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.period_key <> NEW.period_key) THEN
                    {{Bump("targets", "SELECT OLD.period_key AS period_key")}}
                END IF;
                RETURN NULL;
            END $$;

            -- Deferred to the commit: a change to targets takes the month's row last, after every target row it locks, so two
            -- changes of one month's targets wait for each other instead of deadlocking (target rows, then the month's row).
            CREATE CONSTRAINT TRIGGER month_revisions_targets AFTER INSERT OR UPDATE OR DELETE ON targets
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION month_revisions_from_targets();

            {{RegionFunction(revisions: true)}}

            CREATE FUNCTION month_revisions_from_region_month_actuals() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {{Bump("actuals_removed", "SELECT OLD.period_key AS period_key")}}
                RETURN NULL;
            END $$;

            -- Deferred to the commit for the same reason: a save that empties a region's month takes the month's row after every
            -- summary row it locks, not in the middle of the statement that deletes the region's row.
            CREATE CONSTRAINT TRIGGER month_revisions_actuals_removed AFTER DELETE ON region_month_actuals
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION month_revisions_from_region_month_actuals();
            """;

        public static string Down =>
            $$"""
            DROP TRIGGER month_revisions_actuals_removed ON region_month_actuals;
            DROP FUNCTION month_revisions_from_region_month_actuals();
            DROP TRIGGER month_revisions_targets ON targets;
            DROP FUNCTION month_revisions_from_targets();
            {{RegionFunction(revisions: false)}}
            """;

        /// <summary>The per-region summary's trigger function, with revisions (this migration) or without (the one before).</summary>
        private static string RegionFunction(bool revisions) =>
            $$"""
            CREATE OR REPLACE FUNCTION region_month_actuals_from_rep_month_actuals() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
            {{Upsert(revisions, Select("new_rows", ""))}}
                ELSIF TG_OP = 'UPDATE' THEN
            {{Upsert(revisions, Select("new_rows", "") + " UNION ALL " + Select("old_rows", "-"))}}
            {{DeleteEmpty}}
                ELSE
            {{Upsert(revisions, Select("old_rows", "-"))}}
            {{DeleteEmpty}}
                END IF;
                RETURN NULL;
            END $$;
            """;

        /// <summary>Draws a new number into <paramref name="column"/> of each month <paramref name="periods"/> selects, in month order.</summary>
        private static string Bump(string column, string periods)
        {
            const string Next = "nextval('month_figures_revision')";
            var (targets, removed) = column == "targets" ? (Next, "0") : ("0", Next);
            return $"INSERT INTO month_revisions (period_key, targets, actuals_removed) SELECT p.period_key, {targets}, {removed} FROM ({periods}) AS p "
                + $"ORDER BY p.period_key ON CONFLICT (period_key) DO UPDATE SET {column} = {Next};";
        }

        private static string Select(string from, string sign) =>
            $"SELECT {Key}, {sign}1 AS rep_rows, {sign}sales_amount AS sales_amount, {sign}sales_volume AS sales_volume, {sign}collections AS collections FROM {from}";

        private static string Upsert(bool revisions, string rows) =>
            $"""
                    INSERT INTO region_month_actuals AS s ({Key}, {Columns})
                    SELECT {Key}, sum(rep_rows), sum(sales_amount), sum(sales_volume), sum(collections) FROM ({rows}) AS d
                    GROUP BY {Key}
                    ORDER BY {Key}
                    ON CONFLICT ({Key}) DO UPDATE SET rep_rows = s.rep_rows + excluded.rep_rows, sales_amount = s.sales_amount + excluded.sales_amount,
                        sales_volume = s.sales_volume + excluded.sales_volume, collections = s.collections + excluded.collections{(revisions ? ",\n                        revision = nextval('month_figures_revision')" : "")};
            """;

        private const string DeleteEmpty =
            """
                    DELETE FROM region_month_actuals AS s
                    USING (SELECT DISTINCT period_key, region_id FROM old_rows) AS k
                    WHERE s.period_key = k.period_key AND s.region_id = k.region_id AND s.rep_rows = 0;
            """;
    }
}
