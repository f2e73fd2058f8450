using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkyHighBooker.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ItineraryOriginIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_flights_origin_departure_time",
                table: "flights",
                columns: new[] { "from_airport", "departure_time" })
                .Annotation("Npgsql:IndexInclude", new[] { "id", "to_airport", "departure_date", "arrival_time", "price", "available_seats", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_flights_origin_departure_time",
                table: "flights");
        }
    }
}
