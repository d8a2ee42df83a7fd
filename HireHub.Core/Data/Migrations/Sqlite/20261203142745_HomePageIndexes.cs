using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HomePageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Employments_LegalEntityId",
                table: "Employments");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationLog_Caller_OccurredAt",
                table: "IntegrationLog",
                columns: new[] { "Caller", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_ReceivedAt_LegalEntityId",
                table: "ExportedCandidates",
                columns: new[] { "ReceivedAt", "LegalEntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_RecruiterEmail_ReceivedAt_Status_ConnectionId",
                table: "ExportedCandidates",
                columns: new[] { "RecruiterEmail", "ReceivedAt", "Status", "ConnectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_StartDate_LegalEntityId_Email_Phone",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "StartDate", "LegalEntityId", "Email", "Phone" });

            migrationBuilder.CreateIndex(
                name: "IX_Employments_LegalEntityId_StartDate",
                table: "Employments",
                columns: new[] { "LegalEntityId", "StartDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IntegrationLog_Caller_OccurredAt",
                table: "IntegrationLog");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_ReceivedAt_LegalEntityId",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_RecruiterEmail_ReceivedAt_Status_ConnectionId",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_AnonymisedAt_StartDate_LegalEntityId_Email_Phone",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_Employments_LegalEntityId_StartDate",
                table: "Employments");

            migrationBuilder.CreateIndex(
                name: "IX_Employments_LegalEntityId",
                table: "Employments",
                column: "LegalEntityId");
        }
    }
}
