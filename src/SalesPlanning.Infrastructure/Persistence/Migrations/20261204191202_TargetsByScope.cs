using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TargetsByScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_targets_scope_kind_scope_id_metric_period_key",
                table: "targets",
                columns: new[] { "scope_kind", "scope_id", "metric", "period_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_targets_scope_kind_scope_id_metric_period_key",
                table: "targets");
        }
    }
}
