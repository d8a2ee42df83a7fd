using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PanelIndexesSkipErased : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_Email_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_FirstName_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_JobTitle_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_LastName_FirstName_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_Location_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_ReceivedAt",
                table: "ExportedCandidates");

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_Email_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "Email", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_FirstName_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_JobTitle_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "JobTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_LastName_FirstName_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "LastName", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_Location_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "Location", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_ReceivedAt",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_Email_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_FirstName_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_JobTitle_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_LastName_FirstName_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_Location_Id",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_ReceivedAt",
                table: "ExportedCandidates");

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_Email_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "Email", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_FirstName_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_JobTitle_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "JobTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_LastName_FirstName_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "LastName", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_Location_Id",
                table: "ExportedCandidates",
                columns: new[] { "Status", "Location", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_ReceivedAt",
                table: "ExportedCandidates",
                columns: new[] { "Status", "ReceivedAt" });
        }
    }
}
