using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Creates bookings that hold their seats while payment is pending, under the caller's Idempotency-Key
/// (<see cref="IdempotentWrite"/>): the flight is read with the key's lookup, and the booking's rows, the key with its
/// answer, and the seat claim go in one round trip that ends with the commit.
/// </summary>
/// <remarks>
/// The seats are claimed last: their insert locks the flight's row (its trigger keeps available_seats), and every
/// booking of that flight queues behind the lock until this transaction commits, so nothing may come between the
/// claim and the commit. The answer is therefore built before the rows are written rather than read back.
/// </remarks>
public sealed class BookingEngine(SeatInventory seats, AirportDirectory airports, BookingReferences references, TimeProvider clock)
{
    public static readonly TimeSpan HoldDuration = TimeSpan.FromMinutes(10);

    public async Task<OperationOutcome> CreateAsync(string userId, BookingRequest request, IdempotentWrite write, CancellationToken ct)
    {
        var shapeErrors = BookingRequestValidator.ValidateShape(request);
        if (shapeErrors.Count > 0) return Refuse(TypedResults.ValidationProblem(shapeErrors, title: "The booking is not valid."));

        var flight = await write.ReadAsync([FlightRows.ById(request.FlightId!.Value)], FlightRows.ReadOneAsync, ct);
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
            try
            {
                await write.CommitAsync(answer,
                    [InsertBooking(bookingId, reference, userId, booking, lead, now, holdUntil), InsertPassengers(bookingId, booking.Passengers),
                     SeatInventory.ClaimCommand(flight.Id, bookingId, seatNumbers)], ct);
                return answer;
            }
            catch (PostgresException error) when (BookingReferences.MeansTaken(error))
            {
                // nothing was written: draw another reference
            }
            catch (PostgresException error) when (SeatInventory.MeansSoldOut(error))
            {
                return Refuse(Problems.Conflict("Not enough seats are left on this flight.", "passengers"));
            }
            catch (PostgresException error) when (SeatInventory.MeansFlightCancelled(error))
            {
                return Refuse(Problems.Conflict("This flight has just been cancelled.", "flightId"));
            }
            catch (PostgresException error) when (SeatInventory.MeansTaken(error))
            {
                var taken = await seats.TakenAsync(flight.Id, seatNumbers, ct) is { Count: > 0 } held ? held : seatNumbers;
                return Refuse(Problems.Conflict(
                    $"Seat{(taken.Count == 1 ? "" : "s")} {string.Join(", ", taken)} just went to someone else; choose another.",
                    SeatFields(request, taken)));
            }
        }
    }

    private static NpgsqlBatchCommand InsertBooking(Guid id, string reference, string userId, ValidBooking booking, ValidPassenger lead,
        DateTimeOffset now, DateTimeOffset holdUntil) => SqlBatch.Command($"""
        INSERT INTO bookings (id, reference, user_id, flight_id, passenger_name, passenger_email, seat_number,
                              booking_status, total_amount, hold_expires_at, created_at, updated_at)
        VALUES ({id}, {reference}, {userId}, {booking.Flight.Id}, {lead.Name}, {lead.Email}, {lead.Seat.Number},
                {BookingStatus.PendingPayment}, {booking.TotalAmount}, {holdUntil}, {now}, {now})
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
            """);
    }

    private static string SeatFields(BookingRequest request, IReadOnlyList<string> taken)
    {
        var index = request.Passengers!.ToList().FindIndex(p => taken.Contains(p.Seat!.Trim().ToUpperInvariant()));
        return index < 0 ? "passengers" : $"passengers[{index}].seat";
    }

    private static OperationOutcome Refuse(IResult result) => new OperationOutcome.Refusal(result);
}
