using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkyHighBooker.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MoneyInvariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_payments_status",
                table: "payments");

            migrationBuilder.DropIndex(
                name: "ix_document_jobs_due",
                table: "document_jobs");

            migrationBuilder.DropCheckConstraint(
                name: "ck_document_jobs_status",
                table: "document_jobs");

            migrationBuilder.AddColumn<string>(
                name: "refund_id",
                table: "payments",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "payment_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: "pending"),
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
                    table.PrimaryKey("pk_payment_jobs", x => x.id);
                    table.CheckConstraint("ck_payment_jobs_kind", "kind IN ('refund', 'cancel_intent')");
                    table.CheckConstraint("ck_payment_jobs_status", "status IN ('pending', 'running', 'done')");
                    table.ForeignKey(
                        name: "fk_payment_jobs_payments_payment_id",
                        column: x => x.payment_id,
                        principalTable: "payments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_payments_one_completed_per_booking",
                table: "payments",
                column: "booking_id",
                unique: true,
                filter: "payment_status = 'completed'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_payments_status",
                table: "payments",
                sql: "payment_status IN ('pending', 'completed', 'failed', 'cancelled', 'refunding', 'refunded')");

            migrationBuilder.CreateIndex(
                name: "ix_document_jobs_due",
                table: "document_jobs",
                column: "next_attempt_at",
                filter: "status IN ('pending', 'rendering', 'withdrawing')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_document_jobs_status",
                table: "document_jobs",
                sql: "status IN ('pending', 'rendering', 'ready', 'failed', 'withdrawing', 'withdrawn')");

            migrationBuilder.CreateIndex(
                name: "ix_payment_jobs_due",
                table: "payment_jobs",
                column: "next_attempt_at",
                filter: "status IN ('pending', 'running')");

            migrationBuilder.CreateIndex(
                name: "ix_payment_jobs_payment_id_kind",
                table: "payment_jobs",
                columns: new[] { "payment_id", "kind" },
                unique: true);

            // The money invariants, kept by the database whatever the application does, each checked at commit:
            // - a pending payment is only opened on a booking whose seats are held; the booking row is share-locked then, so
            //   a concurrent cancellation either waits for this payment (and then cancels it too) or has already ended the booking;
            // - a completed payment belongs to a confirmed booking, and a booking leaves 'confirmed' only with its completed
            //   payment turned to refunding.
            migrationBuilder.Sql("""
                CREATE FUNCTION payments_need_payable_booking() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM 1 FROM bookings WHERE id = NEW.booking_id AND booking_status = 'pending_payment' FOR SHARE;
                    IF NOT FOUND THEN
                        RAISE EXCEPTION 'booking % is not awaiting payment', NEW.booking_id
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'payments_need_payable_booking', TABLE = 'payments';
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER payments_need_payable_booking AFTER INSERT ON payments DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW WHEN (NEW.payment_status = 'pending') EXECUTE FUNCTION payments_need_payable_booking();

                CREATE FUNCTION payments_completed_on_confirmed_booking() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.payment_status = 'completed'
                       AND NOT EXISTS (SELECT 1 FROM bookings WHERE id = NEW.booking_id AND booking_status = 'confirmed') THEN
                        RAISE EXCEPTION 'payment % is completed but booking % is not confirmed', NEW.id, NEW.booking_id
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'money_completed_payment_on_confirmed_booking', TABLE = 'payments';
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER money_completed_payment_on_confirmed_booking
                    AFTER INSERT OR UPDATE OF payment_status ON payments DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW WHEN (NEW.payment_status = 'completed') EXECUTE FUNCTION payments_completed_on_confirmed_booking();

                CREATE FUNCTION bookings_ended_keep_no_payment() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM payments WHERE booking_id = NEW.id AND payment_status = 'completed') THEN
                        RAISE EXCEPTION 'booking % is % but keeps a completed payment', NEW.id, NEW.booking_status
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'money_ended_booking_keeps_no_payment', TABLE = 'bookings';
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER money_ended_booking_keeps_no_payment
                    AFTER UPDATE OF booking_status ON bookings DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW WHEN (NEW.booking_status IN ('cancelled', 'expired')) EXECUTE FUNCTION bookings_ended_keep_no_payment();
                """);

            // Seats are only taken on a scheduled flight: a booking racing the flight's cancellation waits for the flight's
            // row (the seat count's update), then finds it cancelled and fails whole, rather than outliving the flight.
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS money_ended_booking_keeps_no_payment ON bookings;
                DROP TRIGGER IF EXISTS money_completed_payment_on_confirmed_booking ON payments;
                DROP TRIGGER IF EXISTS payments_need_payable_booking ON payments;
                DROP FUNCTION IF EXISTS bookings_ended_keep_no_payment();
                DROP FUNCTION IF EXISTS payments_completed_on_confirmed_booking();
                DROP FUNCTION IF EXISTS payments_need_payable_booking();
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION seat_assignments_taken() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE flights f SET available_seats = f.available_seats - taken.n
                    FROM (SELECT flight_id, count(*) AS n FROM inserted GROUP BY flight_id) taken
                    WHERE f.id = taken.flight_id;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.DropTable(
                name: "payment_jobs");

            migrationBuilder.DropIndex(
                name: "ux_payments_one_completed_per_booking",
                table: "payments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_payments_status",
                table: "payments");

            migrationBuilder.DropIndex(
                name: "ix_document_jobs_due",
                table: "document_jobs");

            migrationBuilder.DropCheckConstraint(
                name: "ck_document_jobs_status",
                table: "document_jobs");

            migrationBuilder.DropColumn(
                name: "refund_id",
                table: "payments");

            migrationBuilder.AddCheckConstraint(
                name: "ck_payments_status",
                table: "payments",
                sql: "payment_status IN ('pending', 'completed', 'failed', 'refunded')");

            migrationBuilder.CreateIndex(
                name: "ix_document_jobs_due",
                table: "document_jobs",
                column: "next_attempt_at",
                filter: "status IN ('pending', 'rendering')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_document_jobs_status",
                table: "document_jobs",
                sql: "status IN ('pending', 'rendering', 'ready', 'failed')");
        }
    }
}
