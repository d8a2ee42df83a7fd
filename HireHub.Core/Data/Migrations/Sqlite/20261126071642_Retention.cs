using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnonymisedAt",
                table: "ExportedCandidates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "ExportedCandidates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetentionFlaggedAt",
                table: "ExportedCandidates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_ActedAt",
                table: "ExportedCandidates",
                columns: new[] { "Status", "ActedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_ActedAt",
                table: "ExportedCandidates");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "ExportedCandidates");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "ExportedCandidates");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "ExportedCandidates");

            migrationBuilder.DropColumn(
                name: "RetentionFlaggedAt",
                table: "ExportedCandidates");
        }
    }
}
