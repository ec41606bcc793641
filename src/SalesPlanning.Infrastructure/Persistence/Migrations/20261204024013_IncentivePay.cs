using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IncentivePay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incentive_plan_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    effective_from_key = table.Column<int>(type: "integer", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false),
                    saved_by = table.Column<Guid>(type: "uuid", nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incentive_plan_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_incentive_plan_versions_users_saved_by",
                        column: x => x.saved_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_grades",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_key = table.Column<int>(type: "integer", nullable: false),
                    grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    set_by = table.Column<Guid>(type: "uuid", nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_grades", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_grades_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incentive_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    plan_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    statements = table.Column<string>(type: "jsonb", nullable: false),
                    pools = table.Column<string>(type: "jsonb", nullable: false),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incentive_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_incentive_runs_incentive_plan_versions_plan_version_id",
                        column: x => x.plan_version_id,
                        principalTable: "incentive_plan_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_incentive_runs_users_approved_by",
                        column: x => x.approved_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_incentive_plan_versions_number",
                table: "incentive_plan_versions",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_incentive_plan_versions_saved_by",
                table: "incentive_plan_versions",
                column: "saved_by");

            migrationBuilder.CreateIndex(
                name: "ix_incentive_runs_approved_by",
                table: "incentive_runs",
                column: "approved_by");

            migrationBuilder.CreateIndex(
                name: "ix_incentive_runs_period_key",
                table: "incentive_runs",
                column: "period_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_incentive_runs_plan_version_id",
                table: "incentive_runs",
                column: "plan_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_grades_user_id_from_key",
                table: "person_grades",
                columns: new[] { "user_id", "from_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incentive_runs");

            migrationBuilder.DropTable(
                name: "person_grades");

            migrationBuilder.DropTable(
                name: "incentive_plan_versions");
        }
    }
}
