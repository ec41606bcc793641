using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesPlanning.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AgedCollections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "collections_3_to_6_months",
                table: "progress_entries",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "collections_over_6_months",
                table: "progress_entries",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "collections_3_to_6_months",
                table: "progress_entries");

            migrationBuilder.DropColumn(
                name: "collections_over_6_months",
                table: "progress_entries");
        }
    }
}
