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
                name: "IX_ExportedCandidates_Status_AnonymisedAt_StartDate",
                table: "ExportedCandidates",
                columns: new[] { "Status", "AnonymisedAt", "StartDate" });
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
                name: "IX_ExportedCandidates_Status_AnonymisedAt_StartDate",
                table: "ExportedCandidates");
        }
    }
}
