using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdempotencyKeysWithoutInFlight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "State",
                table: "IdempotencyRecords");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");
        }
    }
}
