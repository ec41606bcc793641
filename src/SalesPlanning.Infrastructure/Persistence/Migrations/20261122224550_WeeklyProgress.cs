using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WeeklyProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "progress_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    week_number = table.Column<int>(type: "integer", nullable: false),
                    rep_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sales_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    sales_volume = table.Column<long>(type: "bigint", nullable: false),
                    collections = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    new_customers = table.Column<int>(type: "integer", nullable: false),
                    existing_customer_visits = table.Column<int>(type: "integer", nullable: false),
                    calls = table.Column<int>(type: "integer", nullable: false),
                    lost_customers = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_entries_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_progress_entries_users_rep_id",
                        column: x => x.rep_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "progress_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sales_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    sales_volume = table.Column<long>(type: "bigint", nullable: false),
                    collections = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_lines_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_progress_lines_progress_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "progress_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_progress_entries_period_key_region_id",
                table: "progress_entries",
                columns: new[] { "period_key", "region_id" });

            migrationBuilder.CreateIndex(
                name: "ix_progress_entries_region_id",
                table: "progress_entries",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_progress_entries_rep_id_period_key_week_number",
                table: "progress_entries",
                columns: new[] { "rep_id", "period_key", "week_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_lines_entry_id_product_id",
                table: "progress_lines",
                columns: new[] { "entry_id", "product_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_lines_product_id",
                table: "progress_lines",
                column: "product_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "progress_lines");

            migrationBuilder.DropTable(
                name: "progress_entries");
        }
    }
}
