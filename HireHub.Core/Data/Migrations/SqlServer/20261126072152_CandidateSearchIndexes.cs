using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CandidateSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_Email",
                table: "ExportedCandidates",
                columns: new[] { "Status", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_FirstName",
                table: "ExportedCandidates",
                columns: new[] { "Status", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_JobTitle",
                table: "ExportedCandidates",
                columns: new[] { "Status", "JobTitle" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_LastName_FirstName",
                table: "ExportedCandidates",
                columns: new[] { "Status", "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_Location",
                table: "ExportedCandidates",
                columns: new[] { "Status", "Location" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_Email",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_FirstName",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_JobTitle",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_LastName_FirstName",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_Location",
                table: "ExportedCandidates");
        }
    }
}
