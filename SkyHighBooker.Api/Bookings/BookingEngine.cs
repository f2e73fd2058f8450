using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Creates bookings that hold their seats while payment is pending. Runs inside the caller's transaction
/// (see <see cref="IdempotentEndpoint"/>): a refusal rolls everything back.
/// </summary>
/// <remarks>
/// The seats are claimed last: their insert locks the flight's row (its trigger keeps available_seats), and every
/// booking of that flight queues behind the lock until this transaction commits, so nothing else may come between
/// the claim and the commit. The answer is therefore built here rather than read back, and stored under the
/// Idempotency-Key in the same round trip as the booking's rows and the claim (a refused claim rolls it back with
/// everything else).
/// </remarks>
public sealed class BookingEngine(BookerDbContext db, SeatInventory seats, AirportDirectory airports, BookingReferences references, TimeProvider clock)
{
    public static readonly TimeSpan HoldDuration = TimeSpan.FromMinutes(10);

    public async Task<OperationOutcome> CreateAsync(string userId, BookingRequest request, RecordAnswer recordAnswer, CancellationToken ct)
    {
        var shapeErrors = BookingRequestValidator.ValidateShape(request);
        if (shapeErrors.Count > 0) return Refuse(TypedResults.ValidationProblem(shapeErrors, title: "The booking is not valid."));

        var flight = await db.Flights.AsNoTracking().SingleOrDefaultAsync(f => f.Id == request.FlightId, ct);
        if (flight is null)
            return Refuse(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["flightId"] = ["No such flight."] }, title: "The booking is not valid."));
        var now = clock.UtcNowAsStored();
        var (booking, errors) = BookingRequestValidator.ValidateAgainst(request, flight, now);
        if (booking is null) return Refuse(TypedResults.ValidationProblem(errors, title: "The booking is not valid."));

        if (!flight.SeatsMaterialized) await seats.MaterializeAsync(flight.Id, ct);

        var bookingId = Guid.CreateVersion7();
        var lead = booking.Passengers[0];
        var holdUntil = now + HoldDuration;
        var seatNumbers = booking.Passengers.Select(p => p.Seat.Number).ToArray();
        var airportList = await airports.AllAsync(ct);
        while (true)
        {
            var reference = references.Next();
            var view = new BookingView(bookingId, reference, flight.Id, flight.FlightNumber, flight.Airline, flight.FromAirport, flight.ToAirport,
                flight.DepartureTime, lead.Name, lead.Email, lead.Seat.Number, BookingStatus.PendingPayment, holdUntil, booking.TotalAmount, "USD",
                booking.Passengers.Select(p => new PassengerView(p.Name, p.Email, p.Seat.Number, p.Seat.Cabin.Name, p.Fare)).ToList(), now)
                .AtOriginClock(airportList);
            var answer = new OperationOutcome.Success(StatusCodes.Status201Created, view, $"/api/bookings/{bookingId}");

            // One round trip: the booking, its passengers, the stored answer, and the seat claim last.
            var insertBooking = InsertBooking(bookingId, reference, userId, booking, lead, now, holdUntil);
            SeatClaim claim;
            try
            {
                claim = await db.Database.QueryBatchAsync(
                    [insertBooking, InsertPassengers(bookingId, booking.Passengers), recordAnswer(answer), SeatInventory.ClaimCommand(flight.Id, bookingId, seatNumbers)],
                    (reader, token) => SeatInventory.ReadClaimAsync(reader, seatNumbers, token), ct);
            }
            catch (PostgresException error) when (SeatInventory.MeansSoldOut(error))
            {
                claim = new SeatClaim.SoldOut();
            }
            if (insertBooking.RecordsAffected == 0) continue; // the reference was taken: nothing was written, draw another

            return claim switch
            {
                SeatClaim.SoldOut => Refuse(Problems.Conflict("Not enough seats are left on this flight.", "passengers")),
                SeatClaim.Unavailable unavailable => Refuse(Problems.Conflict(
                    $"Seat{(unavailable.Seats.Count == 1 ? "" : "s")} {string.Join(", ", unavailable.Seats)} just went to someone else; choose another.",
                    SeatFields(request, unavailable.Seats))),
                _ => answer,
            };
        }
    }

    /// <summary>Gives way (inserts nothing) when the reference is taken; the statements after it then do nothing either.</summary>
    private static NpgsqlBatchCommand InsertBooking(Guid id, string reference, string userId, ValidBooking booking, ValidPassenger lead,
        DateTimeOffset now, DateTimeOffset holdUntil) => SqlBatch.Command($"""
        INSERT INTO bookings (id, reference, user_id, flight_id, passenger_name, passenger_email, seat_number,
                              booking_status, total_amount, hold_expires_at, created_at, updated_at)
        VALUES ({id}, {reference}, {userId}, {booking.Flight.Id}, {lead.Name}, {lead.Email}, {lead.Seat.Number},
                {BookingStatus.PendingPayment}, {booking.TotalAmount}, {holdUntil}, {now}, {now})
        ON CONFLICT (reference) DO NOTHING
        """);

    private static NpgsqlBatchCommand InsertPassengers(Guid bookingId, IReadOnlyList<ValidPassenger> passengers)
    {
        var ids = passengers.Select(_ => Guid.CreateVersion7()).ToArray();
        var names = passengers.Select(p => p.Name).ToArray();
        var emails = passengers.Select(p => p.Email).ToArray();
        var seatNumbers = passengers.Select(p => p.Seat.Number).ToArray();
        var cabins = passengers.Select(p => p.Seat.Cabin.Name).ToArray();
        var fares = passengers.Select(p => p.Fare).ToArray();
        return SqlBatch.Command($"""
            INSERT INTO booking_passengers (id, booking_id, position, passenger_name, passenger_email, seat_number, cabin, fare)
            SELECT p.id, {bookingId}, p.position, p.name, p.email, p.seat, p.cabin, p.fare
            FROM unnest({ids}, {names}, {emails}, {seatNumbers}, {cabins}, {fares}) WITH ORDINALITY AS p(id, name, email, seat, cabin, fare, position)
            WHERE EXISTS (SELECT 1 FROM bookings WHERE id = {bookingId})
            """);
    }

    private static string SeatFields(BookingRequest request, IReadOnlyList<string> taken)
    {
        var index = request.Passengers!.ToList().FindIndex(p => taken.Contains(p.Seat!.Trim().ToUpperInvariant()));
        return index < 0 ? "passengers" : $"passengers[{index}].seat";
    }

    private static OperationOutcome Refuse(IResult result) => new OperationOutcome.Refusal(result);
}
