using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HireRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "HiredEmploymentId",
                table: "ExportedCandidates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HiredPositionAssignmentId",
                table: "ExportedCandidates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HiredRevision",
                table: "ExportedCandidates",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_HiredEmploymentId",
                table: "ExportedCandidates",
                column: "HiredEmploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportedCandidates_HiredPositionAssignmentId",
                table: "ExportedCandidates",
                column: "HiredPositionAssignmentId");

            migrationBuilder.AddForeignKey(
                name: "FK_ExportedCandidates_Employments_HiredEmploymentId",
                table: "ExportedCandidates",
                column: "HiredEmploymentId",
                principalTable: "Employments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ExportedCandidates_PositionAssignments_HiredPositionAssignmentId",
                table: "ExportedCandidates",
                column: "HiredPositionAssignmentId",
                principalTable: "PositionAssignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ExportedCandidates_Employments_HiredEmploymentId",
                table: "ExportedCandidates");

            migrationBuilder.DropForeignKey(
                name: "FK_ExportedCandidates_PositionAssignments_HiredPositionAssignmentId",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_HiredEmploymentId",
                table: "ExportedCandidates");

            migrationBuilder.DropIndex(
                name: "IX_ExportedCandidates_HiredPositionAssignmentId",
                table: "ExportedCandidates");

            migrationBuilder.DropColumn(
                name: "HiredEmploymentId",
                table: "ExportedCandidates");

            migrationBuilder.DropColumn(
                name: "HiredPositionAssignmentId",
                table: "ExportedCandidates");

            migrationBuilder.DropColumn(
                name: "HiredRevision",
                table: "ExportedCandidates");
        }
    }
}
