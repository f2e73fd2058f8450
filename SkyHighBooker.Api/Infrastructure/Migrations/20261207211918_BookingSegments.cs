using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkyHighBooker.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BookingSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddUniqueConstraint(
                name: "ak_booking_passengers_booking_id_position",
                table: "booking_passengers",
                columns: new[] { "booking_id", "position" });

            migrationBuilder.CreateTable(
                name: "booking_segments",
                columns: table => new
                {
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_segments", x => new { x.booking_id, x.position });
                    table.UniqueConstraint("ak_booking_segments_booking_id_position_flight_id", x => new { x.booking_id, x.position, x.flight_id });
                    table.CheckConstraint("ck_booking_segments_position", "position BETWEEN 1 AND 6");
                    table.ForeignKey(
                        name: "fk_booking_segments_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_booking_segments_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "segment_seats",
                columns: table => new
                {
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    segment_position = table.Column<int>(type: "integer", nullable: false),
                    passenger_position = table.Column<int>(type: "integer", nullable: false),
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_number = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    cabin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fare = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_segment_seats", x => new { x.booking_id, x.segment_position, x.passenger_position });
                    table.CheckConstraint("ck_segment_seats_cabin", "cabin IN ('economy', 'premium_economy', 'business')");
                    table.CheckConstraint("ck_segment_seats_fare", "fare >= 0");
                    table.CheckConstraint("ck_segment_seats_seat_number", "seat_number ~ '^[0-9]{1,3}[A-K]$'");
                    table.ForeignKey(
                        name: "fk_segment_seats_booking_passengers_booking_id_passenger_posit",
                        columns: x => new { x.booking_id, x.passenger_position },
                        principalTable: "booking_passengers",
                        principalColumns: new[] { "booking_id", "position" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_segment_seats_booking_segments_booking_id_segment_position_",
                        columns: x => new { x.booking_id, x.segment_position, x.flight_id },
                        principalTable: "booking_segments",
                        principalColumns: new[] { "booking_id", "position", "flight_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_booking_segments_booking_id_flight_id",
                table: "booking_segments",
                columns: new[] { "booking_id", "flight_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_booking_segments_flight_id",
                table: "booking_segments",
                column: "flight_id");

            migrationBuilder.CreateIndex(
                name: "ix_segment_seats_booking_id_passenger_position",
                table: "segment_seats",
                columns: new[] { "booking_id", "passenger_position" });

            migrationBuilder.CreateIndex(
                name: "ix_segment_seats_booking_id_segment_position_flight_id",
                table: "segment_seats",
                columns: new[] { "booking_id", "segment_position", "flight_id" });

            migrationBuilder.CreateIndex(
                name: "ix_segment_seats_booking_id_segment_position_seat_number",
                table: "segment_seats",
                columns: new[] { "booking_id", "segment_position", "seat_number" },
                unique: true);

            // Every booking so far flew one flight: it becomes that booking's only segment, and each passenger's seat on
            // it a segment seat (booking_passengers keeps the first segment's seat, and the fare of all segments).
            migrationBuilder.Sql("""
                INSERT INTO booking_segments (booking_id, position, flight_id) SELECT id, 1, flight_id FROM bookings;
                INSERT INTO segment_seats (booking_id, segment_position, flight_id, passenger_position, seat_number, cabin, fare)
                SELECT p.booking_id, 1, b.flight_id, p.position, p.seat_number, p.cabin, p.fare
                FROM booking_passengers p JOIN bookings b ON b.id = p.booking_id;
                """);

            // A booking now claims (and an ended one releases) seats on several flights in one statement, and each flight's
            // row is locked by the seat count's update. The triggers lock those rows in id order first, so two such
            // statements over the same flights queue in one order instead of deadlocking.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION seat_assignments_taken() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    flights_taken int;
                    flights_updated int;
                BEGIN
                    PERFORM 1 FROM flights WHERE id IN (SELECT flight_id FROM inserted) ORDER BY id FOR NO KEY UPDATE;
                    SELECT count(DISTINCT flight_id) INTO flights_taken FROM inserted;
                    UPDATE flights f SET available_seats = f.available_seats - taken.n
                    FROM (SELECT flight_id, count(*) AS n FROM inserted GROUP BY flight_id) taken
                    WHERE f.id = taken.flight_id AND f.status = 'scheduled';
                    GET DIAGNOSTICS flights_updated = ROW_COUNT;
                    IF flights_updated < flights_taken THEN
                        RAISE EXCEPTION 'seats can only be taken on a scheduled flight'
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'seat_assignments_flight_scheduled', TABLE = 'seat_assignments';
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION seat_assignments_released() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM 1 FROM flights WHERE id IN (SELECT flight_id FROM deleted) ORDER BY id FOR NO KEY UPDATE;
                    UPDATE flights f SET available_seats = f.available_seats + released.n
                    FROM (SELECT flight_id, count(*) AS n FROM deleted GROUP BY flight_id) released
                    WHERE f.id = released.flight_id;
                    RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION seat_assignments_taken() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    flights_taken int;
                    flights_updated int;
                BEGIN
                    SELECT count(DISTINCT flight_id) INTO flights_taken FROM inserted;
                    UPDATE flights f SET available_seats = f.available_seats - taken.n
                    FROM (SELECT flight_id, count(*) AS n FROM inserted GROUP BY flight_id) taken
                    WHERE f.id = taken.flight_id AND f.status = 'scheduled';
                    GET DIAGNOSTICS flights_updated = ROW_COUNT;
                    IF flights_updated < flights_taken THEN
                        RAISE EXCEPTION 'seats can only be taken on a scheduled flight'
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'seat_assignments_flight_scheduled', TABLE = 'seat_assignments';
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION seat_assignments_released() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE flights f SET available_seats = f.available_seats + released.n
                    FROM (SELECT flight_id, count(*) AS n FROM deleted GROUP BY flight_id) released
                    WHERE f.id = released.flight_id;
                    RETURN NULL;
                END $$;
                """);

            migrationBuilder.DropTable(
                name: "segment_seats");

            migrationBuilder.DropTable(
                name: "booking_segments");

            migrationBuilder.DropUniqueConstraint(
                name: "ak_booking_passengers_booking_id_position",
                table: "booking_passengers");
        }
    }
}
