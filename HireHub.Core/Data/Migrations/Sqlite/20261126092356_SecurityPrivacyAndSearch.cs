using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecurityPrivacyAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "Workers",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "Workers",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "Location",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "JobTitle",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 254,
                nullable: true,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 254,
                oldNullable: true);

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

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
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

            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "Workers",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "Workers",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "Location",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "JobTitle",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "ExportedCandidates",
                type: "TEXT",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 254,
                oldNullable: true,
                oldCollation: "NOCASE");
        }
    }
}
