using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkyHighBooker.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AccountErasureJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "account_erasure_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: "pending"),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    lease_token = table.Column<Guid>(type: "uuid", nullable: true),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_erasure_jobs", x => x.id);
                    table.CheckConstraint("ck_account_erasure_jobs_kind", "kind IN ('delete-files')");
                    table.CheckConstraint("ck_account_erasure_jobs_status", "status IN ('pending', 'running', 'done')");
                });

            migrationBuilder.CreateIndex(
                name: "ix_account_erasure_jobs_due",
                table: "account_erasure_jobs",
                column: "next_attempt_at",
                filter: "status IN ('pending', 'running')");

            migrationBuilder.CreateIndex(
                name: "ix_account_erasure_jobs_user_id_kind",
                table: "account_erasure_jobs",
                columns: new[] { "user_id", "kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_erasure_jobs");
        }
    }
}
