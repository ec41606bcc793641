using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProductLinesByMonth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "period_key",
                table: "progress_lines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Lines saved before this migration take their entry's month.
            migrationBuilder.Sql("UPDATE progress_lines AS l SET period_key = e.period_key FROM progress_entries AS e WHERE l.entry_id = e.id;");
            // Every line is given its month when saved: no default, as the model says.
            migrationBuilder.Sql("ALTER TABLE progress_lines ALTER COLUMN period_key DROP DEFAULT;");

            migrationBuilder.CreateIndex(
                name: "ix_progress_lines_period_key_product_id",
                table: "progress_lines",
                columns: new[] { "period_key", "product_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_progress_lines_period_key_product_id",
                table: "progress_lines");

            migrationBuilder.DropColumn(
                name: "period_key",
                table: "progress_lines");
        }
    }
}
