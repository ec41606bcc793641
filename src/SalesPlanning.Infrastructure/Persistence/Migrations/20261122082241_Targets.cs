using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Targets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monthly_distributions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    percentages = table.Column<decimal[]>(type: "numeric(5,2)[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monthly_distributions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    metric = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scope_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scope_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    is_locked = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "target_breakdowns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dimension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_breakdowns", x => x.id);
                    table.ForeignKey(
                        name: "fk_target_breakdowns_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "target_allocations",
                columns: table => new
                {
                    breakdown_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_allocations", x => new { x.breakdown_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_target_allocations_target_breakdowns_breakdown_id",
                        column: x => x.breakdown_id,
                        principalTable: "target_breakdowns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_monthly_distributions_name",
                table: "monthly_distributions",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_target_breakdowns_target_id_dimension",
                table: "target_breakdowns",
                columns: new[] { "target_id", "dimension" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_period_key_metric_scope_kind_scope_id",
                table: "targets",
                columns: new[] { "period_key", "metric", "scope_kind", "scope_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monthly_distributions");

            migrationBuilder.DropTable(
                name: "target_allocations");

            migrationBuilder.DropTable(
                name: "target_breakdowns");

            migrationBuilder.DropTable(
                name: "targets");
        }
    }
}
