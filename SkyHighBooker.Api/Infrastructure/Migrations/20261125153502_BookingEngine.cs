using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkyHighBooker.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BookingEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_bookings_seat_number",
                table: "bookings");

            migrationBuilder.AddColumn<bool>(
                name: "seats_materialized",
                table: "flights",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "hold_expires_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reference",
                table: "bookings",
                type: "character(6)",
                fixedLength: true,
                maxLength: 6,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "booking_passengers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    passenger_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    passenger_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    seat_number = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    cabin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fare = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_passengers", x => x.id);
                    table.CheckConstraint("ck_booking_passengers_cabin", "cabin IN ('economy', 'premium_economy', 'business')");
                    table.CheckConstraint("ck_booking_passengers_fare", "fare >= 0");
                    table.CheckConstraint("ck_booking_passengers_position", "position BETWEEN 1 AND 9");
                    table.ForeignKey(
                        name: "fk_booking_passengers_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    operation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    response_status = table.Column<int>(type: "integer", nullable: true),
                    response_body = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.user_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "seat_assignments",
                columns: table => new
                {
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_number = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seat_assignments", x => new { x.flight_id, x.seat_number });
                    table.CheckConstraint("ck_seat_assignments_seat_number", "seat_number ~ '^[0-9]{1,3}[A-K]$'");
                    table.ForeignKey(
                        name: "fk_seat_assignments_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_seat_assignments_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_hold_expires_at",
                table: "bookings",
                column: "hold_expires_at",
                filter: "booking_status = 'pending_payment'");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_reference",
                table: "bookings",
                column: "reference",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_hold",
                table: "bookings",
                sql: "booking_status <> 'pending_payment' OR hold_expires_at IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_seat_number",
                table: "bookings",
                sql: "seat_number ~ '^[0-9]{1,3}[A-K]$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_status",
                table: "bookings",
                sql: "booking_status IN ('pending_payment', 'confirmed', 'expired', 'cancelled')");

            migrationBuilder.CreateIndex(
                name: "ix_booking_passengers_booking_id_position",
                table: "booking_passengers",
                columns: new[] { "booking_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_expires_at",
                table: "idempotency_keys",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_seat_assignments_booking_id",
                table: "seat_assignments",
                column: "booking_id");

            // flights.available_seats always equals the seats without a seat_assignments row: the database keeps it so,
            // and its CHECK (available_seats >= 0) makes an oversold flight impossible whatever the application does.
            migrationBuilder.Sql("""
                CREATE FUNCTION seat_assignments_taken() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE flights f SET available_seats = f.available_seats - taken.n
                    FROM (SELECT flight_id, count(*) AS n FROM inserted GROUP BY flight_id) taken
                    WHERE f.id = taken.flight_id;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION seat_assignments_released() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE flights f SET available_seats = f.available_seats + released.n
                    FROM (SELECT flight_id, count(*) AS n FROM deleted GROUP BY flight_id) released
                    WHERE f.id = released.flight_id;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER seat_assignments_take_seats AFTER INSERT ON seat_assignments
                    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION seat_assignments_taken();
                CREATE TRIGGER seat_assignments_release_seats AFTER DELETE ON seat_assignments
                    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION seat_assignments_released();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS seat_assignments_take_seats ON seat_assignments;
                DROP TRIGGER IF EXISTS seat_assignments_release_seats ON seat_assignments;
                DROP FUNCTION IF EXISTS seat_assignments_taken();
                DROP FUNCTION IF EXISTS seat_assignments_released();
                """);

            migrationBuilder.DropTable(
                name: "booking_passengers");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "seat_assignments");

            migrationBuilder.DropIndex(
                name: "ix_bookings_hold_expires_at",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_reference",
                table: "bookings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_bookings_hold",
                table: "bookings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_bookings_seat_number",
                table: "bookings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_bookings_status",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "seats_materialized",
                table: "flights");

            migrationBuilder.DropColumn(
                name: "hold_expires_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "reference",
                table: "bookings");

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_seat_number",
                table: "bookings",
                sql: "seat_number ~ '^[0-9]{1,2}[A-K]$'");
        }
    }
}
