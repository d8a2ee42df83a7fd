using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SecurityPrivacyAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnonymisedAt",
                table: "ExportedCandidates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "ExportedCandidates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "ExportedCandidates",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetentionFlaggedAt",
                table: "ExportedCandidates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_Status_ActedAt",
                table: "ExportedCandidates",
                columns: new[] { "Status", "ActedAt" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_Status_ActedAt",
                table: "ExportedCandidates");

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
