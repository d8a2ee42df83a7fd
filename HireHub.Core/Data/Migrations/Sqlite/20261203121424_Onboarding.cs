using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HireHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Onboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DismissalReason",
                table: "Employments",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DismissedAt",
                table: "Employments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OnboardingTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LegalEntityId = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    WorkerType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingTemplates_LegalEntities_LegalEntityId",
                        column: x => x.LegalEntityId,
                        principalTable: "LegalEntities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingTemplateTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instruction = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerPersonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueOffsetDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredBeforeStart = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingTemplateTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingTemplateTasks_OnboardingTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "OnboardingTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChecklistName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instruction = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerPersonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueOffsetDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequiredBeforeStart = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingTasks_Employments_EmploymentId",
                        column: x => x.EmploymentId,
                        principalTable: "Employments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnboardingTasks_OnboardingTemplateTasks_TemplateTaskId",
                        column: x => x.TemplateTaskId,
                        principalTable: "OnboardingTemplateTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTasks_EmploymentId_Order",
                table: "OnboardingTasks",
                columns: new[] { "EmploymentId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTasks_State_DueDate",
                table: "OnboardingTasks",
                columns: new[] { "State", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTasks_TemplateTaskId",
                table: "OnboardingTasks",
                column: "TemplateTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTemplates_LegalEntityId",
                table: "OnboardingTemplates",
                column: "LegalEntityId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTemplates_Name",
                table: "OnboardingTemplates",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTemplateTasks_TemplateId_Order",
                table: "OnboardingTemplateTasks",
                columns: new[] { "TemplateId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnboardingTasks");

            migrationBuilder.DropTable(
                name: "OnboardingTemplateTasks");

            migrationBuilder.DropTable(
                name: "OnboardingTemplates");

            migrationBuilder.DropColumn(
                name: "DismissalReason",
                table: "Employments");

            migrationBuilder.DropColumn(
                name: "DismissedAt",
                table: "Employments");
        }
    }
}
