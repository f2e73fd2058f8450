using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Creates bookings that hold their seats while payment is pending. Runs inside the caller's transaction
/// (see <see cref="IdempotentEndpoint"/>): a refusal rolls everything back.
/// </summary>
public sealed class BookingEngine(BookerDbContext db, SeatInventory seats, BookingQueries queries, TimeProvider clock)
{
    public static readonly TimeSpan HoldDuration = TimeSpan.FromMinutes(10);

    public async Task<OperationOutcome> CreateAsync(string userId, BookingRequest request, CancellationToken ct)
    {
        var shapeErrors = BookingRequestValidator.ValidateShape(request);
        if (shapeErrors.Count > 0) return Refuse(TypedResults.ValidationProblem(shapeErrors, title: "The booking is not valid."));

        var flight = await db.Flights.AsNoTracking().SingleOrDefaultAsync(f => f.Id == request.FlightId, ct);
        if (flight is null)
            return Refuse(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["flightId"] = ["No such flight."] }, title: "The booking is not valid."));
        var now = clock.GetUtcNow();
        var (booking, errors) = BookingRequestValidator.ValidateAgainst(request, flight, now);
        if (booking is null) return Refuse(TypedResults.ValidationProblem(errors, title: "The booking is not valid."));

        if (!flight.SeatsMaterialized) await seats.MaterializeAsync(flight.Id, ct);

        var bookingId = Guid.CreateVersion7();
        var lead = booking.Passengers[0];
        await InsertBookingAsync(bookingId, userId, booking, lead, now + HoldDuration, ct);

        var seatNumbers = booking.Passengers.Select(p => p.Seat.Number).ToArray();
        switch (await seats.ClaimAsync(flight.Id, bookingId, seatNumbers, ct))
        {
            case SeatClaim.SoldOut:
                return Refuse(Problems.Conflict("Not enough seats are left on this flight.", "passengers"));
            case SeatClaim.Unavailable unavailable:
                return Refuse(Problems.Conflict(
                    $"Seat{(unavailable.Seats.Count == 1 ? "" : "s")} {string.Join(", ", unavailable.Seats)} just went to someone else; choose another.",
                    SeatFields(request, unavailable.Seats)));
        }

        db.BookingPassengers.AddRange(booking.Passengers.Select((p, i) => new BookingPassenger
        {
            Id = Guid.CreateVersion7(), BookingId = bookingId, Position = i + 1,
            PassengerName = p.Name, PassengerEmail = p.Email, SeatNumber = p.Seat.Number, Cabin = p.Seat.Cabin.Name, Fare = p.Fare,
        }));
        await db.SaveChangesAsync(ct);

        var view = await queries.FindOwnedAsync(userId, bookingId, ct);
        return new OperationOutcome.Success(StatusCodes.Status201Created, view!, $"/api/bookings/{bookingId}");
    }

    private async Task InsertBookingAsync(Guid id, string userId, ValidBooking booking, ValidPassenger lead, DateTimeOffset holdUntil, CancellationToken ct)
    {
        // A new reference on the rare clash; ON CONFLICT keeps the transaction usable.
        while (await db.Database.ExecuteSqlAsync($"""
            INSERT INTO bookings (id, reference, user_id, flight_id, passenger_name, passenger_email, seat_number,
                                  booking_status, total_amount, hold_expires_at)
            VALUES ({id}, {BookingReference.New()}, {userId}, {booking.Flight.Id}, {lead.Name}, {lead.Email}, {lead.Seat.Number},
                    {BookingStatus.PendingPayment}, {booking.TotalAmount}, {holdUntil})
            ON CONFLICT (reference) DO NOTHING
            """, ct) == 0)
        {
        }
    }

    private static string SeatFields(BookingRequest request, IReadOnlyList<string> taken)
    {
        var index = request.Passengers!.ToList().FindIndex(p => taken.Contains(p.Seat!.Trim().ToUpperInvariant()));
        return index < 0 ? "passengers" : $"passengers[{index}].seat";
    }

    private static OperationOutcome Refuse(IResult result) => new OperationOutcome.Refusal(result);
}
