using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MonthEndReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "month_end_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    what_worked = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    what_did_not = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    controllable_causes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    uncontrollable_causes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    improvements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_off_by = table.Column<Guid>(type: "uuid", nullable: true),
                    return_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_month_end_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_month_end_reviews_monthly_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "monthly_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_month_end_reviews_users_signed_off_by",
                        column: x => x.signed_off_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_month_end_reviews_users_updated_by",
                        column: x => x.updated_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_month_end_reviews_plan_id",
                table: "month_end_reviews",
                column: "plan_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_month_end_reviews_region_id_period_key",
                table: "month_end_reviews",
                columns: new[] { "region_id", "period_key" });

            migrationBuilder.CreateIndex(
                name: "ix_month_end_reviews_signed_off_by",
                table: "month_end_reviews",
                column: "signed_off_by");

            migrationBuilder.CreateIndex(
                name: "ix_month_end_reviews_updated_by",
                table: "month_end_reviews",
                column: "updated_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "month_end_reviews");
        }
    }
}
