using Microsoft.Extensions.Options;
using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Itineraries;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Creates bookings — one flight, a connection or a round trip — that hold their seats while payment is pending, under
/// the caller's Idempotency-Key (<see cref="IdempotentWrite"/>): the flights are read with the key's lookup, and the
/// booking's rows, the key with its answer, and the claim of every seat on every flight go in one round trip that ends
/// with the commit, so all the seats are held together or none is.
/// </summary>
/// <remarks>
/// The seats are claimed last: their insert locks the flights' rows (their trigger keeps available_seats), and every
/// booking of those flights queues behind the locks until this transaction commits, so nothing may come between the
/// claim and the commit. The answer is therefore built before the rows are written rather than read back.
/// </remarks>
public sealed class BookingEngine(SeatInventory seats, AirportDirectory airports, BookingReferences references, IOptions<ConnectionRules> rules,
    TimeProvider clock)
{
    public static readonly TimeSpan HoldDuration = TimeSpan.FromMinutes(10);

    public async Task<OperationOutcome> CreateAsync(string userId, BookingRequest request, IdempotentWrite write, CancellationToken ct)
    {
        var (legs, shapeErrors) = BookingRequestValidator.ValidateShape(request);
        if (shapeErrors.Count > 0) return Invalid(shapeErrors);

        var flights = await write.ReadAsync([FlightRows.ByIds([.. legs.Select(l => l.FlightId)])], FlightRows.ReadAllAsync, ct);
        var now = clock.UtcNowAsStored();
        var (booking, errors) = BookingRequestValidator.ValidateAgainst(request, legs, flights, now);
        if (booking is null) return Invalid(errors);
        var airportList = await airports.AllAsync(ct);
        var connectionErrors = SegmentConnections.Check(booking.Legs, airportList, rules.Value);
        if (connectionErrors.Count > 0) return Invalid(connectionErrors);

        foreach (var leg in booking.Legs.Where(l => !l.Flight.SeatsMaterialized)) await seats.MaterializeAsync(leg.Flight.Id, ct);

        var bookingId = Guid.CreateVersion7();
        var holdUntil = now + HoldDuration;
        while (true)
        {
            var reference = references.Next();
            var view = PendingView(bookingId, reference, booking, holdUntil, now).AtOriginClock(airportList);
            var answer = new OperationOutcome.Success(StatusCodes.Status201Created, view, $"/api/bookings/{bookingId}");
            try
            {
                await write.CommitAsync(answer,
                    [.. BookingRows.Insert(bookingId, reference, userId, booking, now, holdUntil),
                     SeatInventory.ClaimCommand(bookingId, booking.Legs.SelectMany(l => l.Seats.Select(s => (l.Flight.Id, s.Seat.Number))))], ct);
                return answer;
            }
            catch (PostgresException error) when (BookingReferences.MeansTaken(error))
            {
                // nothing was written: draw another reference
            }
            catch (PostgresException error) when (SeatInventory.MeansSoldOut(error))
            {
                var leg = await FirstLegAsync(booking, flight => flight.AvailableSeats < booking.Passengers.Count, ct);
                return Refuse(Problems.Conflict($"Not enough seats are left on {leg.Request.Describe(leg.Flight)}.",
                    leg.Request.IsOneFlightShape ? "passengers" : leg.Request.FlightField));
            }
            catch (PostgresException error) when (SeatInventory.MeansFlightCancelled(error))
            {
                var leg = await FirstLegAsync(booking, flight => flight.Status != FlightStatus.Scheduled, ct);
                return Refuse(Problems.Conflict($"{Capitalized(leg.Request.Describe(leg.Flight))} has just been cancelled.", leg.Request.FlightField));
            }
            catch (PostgresException error) when (SeatInventory.MeansTaken(error))
            {
                return Refuse(await TakenSeatAsync(booking, ct));
            }
        }
    }

    private static BookingView PendingView(Guid id, string reference, ValidBooking booking, DateTimeOffset holdUntil, DateTimeOffset now)
    {
        var first = booking.Legs[0];
        var lead = booking.Passengers[0];
        return new BookingView(id, reference, first.Flight.Id, first.Flight.FlightNumber, first.Flight.Airline, first.Flight.FromAirport,
            first.Flight.ToAirport, first.Flight.DepartureTime, lead.Name, lead.Email, booking.SeatOf(lead, first).Seat.Number,
            BookingStatus.PendingPayment, holdUntil, booking.TotalAmount, "USD",
            [.. booking.Passengers.Select(p => new PassengerView(p.Name, p.Email, booking.SeatOf(p, first).Seat.Number,
                booking.SeatOf(p, first).Seat.Cabin.Name, booking.FareOf(p)))],
            now,
            [.. booking.Legs.Select(l => new SegmentView(l.Position, l.Flight.Id, l.Flight.FlightNumber, l.Flight.Airline, l.Flight.FromAirport,
                l.Flight.ToAirport, l.Flight.DepartureTime, l.Flight.ArrivalTime,
                [.. l.Seats.Select(s => new SegmentSeatView(s.PassengerPosition, s.Seat.Number, s.Seat.Cabin.Name, s.Fare))]))]);
    }

    /// <summary>The first leg whose flight, read again after the claim failed, explains the failure.</summary>
    private async Task<ValidLeg> FirstLegAsync(ValidBooking booking, Func<Flight, bool> explains, CancellationToken ct)
    {
        var current = await seats.FlightsAsync([.. booking.Legs.Select(l => l.Flight.Id)], ct);
        return booking.Legs.FirstOrDefault(l => current.TryGetValue(l.Flight.Id, out var flight) && explains(flight)) ?? booking.Legs[0];
    }

    private async Task<IResult> TakenSeatAsync(ValidBooking booking, CancellationToken ct)
    {
        foreach (var leg in booking.Legs)
        {
            var wanted = leg.Seats.Select(s => s.Seat.Number).ToArray();
            var taken = await seats.TakenAsync(leg.Flight.Id, wanted, ct);
            if (taken.Count == 0) continue;
            var where = leg.Request.IsOneFlightShape ? "" : $" on {leg.Request.Describe(leg.Flight)}";
            return Problems.Conflict($"Seat{(taken.Count == 1 ? "" : "s")} {string.Join(", ", taken)}{where} just went to someone else; choose another.",
                leg.Request.SeatFields[Array.IndexOf(wanted, taken[0])]);
        }
        // Released again before we looked: the seats were taken at the time; the client may simply try again.
        var first = booking.Legs[0];
        return Problems.Conflict("A seat just went to someone else; choose again.", first.Request.SeatFields[0]);
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static OperationOutcome Invalid(Dictionary<string, string[]> errors) =>
        Refuse(TypedResults.ValidationProblem(errors, title: "The booking is not valid."));

    private static OperationOutcome Refuse(IResult result) => new OperationOutcome.Refusal(result);
}
