using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkyHighBooker.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TravelDocumentsS3Layout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "travel_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    object_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_travel_documents", x => x.id);
                    table.CheckConstraint("ck_travel_documents_content_type", "content_type IN ('application/pdf', 'image/jpeg', 'image/png')");
                    table.CheckConstraint("ck_travel_documents_size_bytes", "size_bytes > 0 AND size_bytes <= 10485760");
                });

            migrationBuilder.CreateIndex(
                name: "ix_travel_documents_object_key",
                table: "travel_documents",
                column: "object_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_travel_documents_user_id_created_at",
                table: "travel_documents",
                columns: new[] { "user_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "travel_documents");
        }
    }
}
