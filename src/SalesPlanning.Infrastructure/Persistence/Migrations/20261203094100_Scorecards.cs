using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Scorecards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "entered_at",
                table: "progress_entries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Weeks entered before this release were first saved at an unknown time: their last save is the
            // best record there is. The default only fills those rows; the model has none.
            migrationBuilder.Sql("UPDATE progress_entries SET entered_at = updated_at;");
            migrationBuilder.Sql("ALTER TABLE progress_entries ALTER COLUMN entered_at DROP DEFAULT;");

            migrationBuilder.AddColumn<string>(
                name: "default_kpi_weights",
                table: "company_settings",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "frozen_scorecards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rep_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    cap = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    weights_scaled = table.Column<bool>(type: "boolean", nullable: false),
                    weights_from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false),
                    frozen_by = table.Column<Guid>(type: "uuid", nullable: false),
                    frozen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frozen_scorecards", x => x.id);
                    table.ForeignKey(
                        name: "fk_frozen_scorecards_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_frozen_scorecards_users_rep_id",
                        column: x => x.rep_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kpi_target_sheets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_target_sheets", x => x.id);
                    table.ForeignKey(
                        name: "fk_kpi_target_sheets_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rep_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rep_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    conduct = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    request_follow_up = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rep_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_rep_assessments_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rep_assessments_users_rep_id",
                        column: x => x.rep_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_frozen_scorecards_period_key_region_id",
                table: "frozen_scorecards",
                columns: new[] { "period_key", "region_id" });

            migrationBuilder.CreateIndex(
                name: "ix_frozen_scorecards_region_id",
                table: "frozen_scorecards",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_frozen_scorecards_rep_id_period_key",
                table: "frozen_scorecards",
                columns: new[] { "rep_id", "period_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kpi_target_sheets_region_id_period_key",
                table: "kpi_target_sheets",
                columns: new[] { "region_id", "period_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rep_assessments_region_id_period_key",
                table: "rep_assessments",
                columns: new[] { "region_id", "period_key" });

            migrationBuilder.CreateIndex(
                name: "ix_rep_assessments_rep_id_period_key",
                table: "rep_assessments",
                columns: new[] { "rep_id", "period_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "frozen_scorecards");

            migrationBuilder.DropTable(
                name: "kpi_target_sheets");

            migrationBuilder.DropTable(
                name: "rep_assessments");

            migrationBuilder.DropColumn(
                name: "entered_at",
                table: "progress_entries");

            migrationBuilder.DropColumn(
                name: "default_kpi_weights",
                table: "company_settings");
        }
    }
}
