using System.Net.Mail;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

public static class BookingRequestValidator
{
    public const int MaxPassengers = 9;
    /// <summary>A round trip with two stops each way.</summary>
    public const int MaxSegments = 6;
    /// <summary>
    /// The most one fare, and one booking's total, may be: the amount columns (flights.price, booking_passengers.fare,
    /// bookings.total_amount, payments.amount) are numeric(10,2), and a larger value failed the INSERT with a 500.
    /// </summary>
    public const decimal MaxAmount = 99_999_999.99m;
    /// <summary>Sales close this long before departure.</summary>
    public static readonly TimeSpan SalesCloseBeforeDeparture = TimeSpan.FromMinutes(45);

    /// <summary>The checks that need no flight: passengers, and the legs asked for in either of the request's shapes.</summary>
    public static (IReadOnlyList<RequestedLeg> Legs, Dictionary<string, string[]> Errors) ValidateShape(BookingRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Passengers is not { Count: >= 1 and <= MaxPassengers })
        {
            if (request.Segments is null && (request.FlightId is null || request.FlightId == Guid.Empty)) errors["flightId"] = ["flightId is required."];
            errors["passengers"] = [$"Between 1 and {MaxPassengers} passengers are booked at once."];
            return ([], errors);
        }
        for (var i = 0; i < request.Passengers.Count; i++)
        {
            var p = request.Passengers[i];
            if (p is null) { errors[$"passengers[{i}]"] = ["A passenger is required."]; continue; }
            if (string.IsNullOrWhiteSpace(p.Name) || p.Name.Trim().Length > 200) errors[$"passengers[{i}].name"] = ["Name is required, at most 200 characters."];
            else if (FreeText.HasControlCharacters(p.Name)) errors[$"passengers[{i}].name"] = [FreeText.ControlCharactersMessage];
            if (FreeText.HasControlCharacters(p.Email)) errors[$"passengers[{i}].email"] = [FreeText.ControlCharactersMessage];
            else if (!IsEmail(p.Email)) errors[$"passengers[{i}].email"] = ["A valid email address is required."];
        }
        var legs = request.Segments is null ? OneFlight(request, errors) : Segments(request, errors);
        return (errors.Count > 0 ? [] : legs, errors);
    }

    private static List<RequestedLeg> OneFlight(BookingRequest request, Dictionary<string, string[]> errors)
    {
        if (request.FlightId is null || request.FlightId == Guid.Empty) errors["flightId"] = ["flightId is required."];
        var passengers = request.Passengers!;
        for (var i = 0; i < passengers.Count; i++)
        {
            if (passengers[i] is { } p && string.IsNullOrWhiteSpace(p.Seat)) errors[$"passengers[{i}].seat"] = ["A seat is required, e.g. 12A."];
        }
        var seats = passengers.Where(p => !string.IsNullOrWhiteSpace(p?.Seat)).Select(p => Normalized(p.Seat!)).ToList();
        if (seats.Distinct().Count() != seats.Count) errors["passengers"] = ["Each passenger needs their own seat."];
        if (errors.Count > 0) return [];
        return [new RequestedLeg(1, request.FlightId!.Value, seats, "flightId", [.. passengers.Select((_, i) => $"passengers[{i}].seat")])];
    }

    private static List<RequestedLeg> Segments(BookingRequest request, Dictionary<string, string[]> errors)
    {
        if (request.FlightId is not null) errors["flightId"] = ["Give either flightId (one flight) or segments, not both."];
        var passengers = request.Passengers!;
        for (var i = 0; i < passengers.Count; i++)
        {
            if (passengers[i] is { Seat: not null }) errors[$"passengers[{i}].seat"] = ["With segments, each passenger's seats are given per segment (segments[n].seats)."];
        }
        var segments = request.Segments!;
        if (segments.Count is < 1 or > MaxSegments)
        {
            errors["segments"] = [$"Between 1 and {MaxSegments} segments are booked at once."];
            return [];
        }
        var legs = new List<RequestedLeg>();
        var firstSegmentOf = new Dictionary<Guid, int>();
        for (var k = 0; k < segments.Count; k++)
        {
            var segment = segments[k];
            if (segment is null) { errors[$"segments[{k}]"] = ["A segment is required."]; continue; }
            if (segment.FlightId is not { } flightId || flightId == Guid.Empty) errors[$"segments[{k}].flightId"] = ["flightId is required."];
            else if (!firstSegmentOf.TryAdd(flightId, k))
                errors[$"segments[{k}].flightId"] = [$"This flight is segment {firstSegmentOf[flightId] + 1} already; a booking flies each flight once."];
            if (segment.Seats is null || segment.Seats.Count != passengers.Count)
            {
                errors[$"segments[{k}].seats"] = [$"One seat per passenger ({passengers.Count}), in the passengers' order."];
                continue;
            }
            for (var i = 0; i < segment.Seats.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(segment.Seats[i])) errors[$"segments[{k}].seats[{i}]"] = ["A seat is required, e.g. 12A."];
            }
            var seats = segment.Seats.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Normalized(s!)).ToList();
            if (seats.Count == passengers.Count && seats.Distinct().Count() != seats.Count)
                errors[$"segments[{k}].seats"] = ["Each passenger needs their own seat."];
            if (segment.FlightId is { } id && seats.Count == passengers.Count)
                legs.Add(new RequestedLeg(k + 1, id, seats, $"segments[{k}].flightId", [.. seats.Select((_, i) => $"segments[{k}].seats[{i}]")]));
        }
        return legs;
    }

    /// <summary>
    /// The checks against each leg's flight: it exists, takes bookings, and has the seats asked for. Fares come from here.
    /// How the legs connect is <see cref="SegmentConnections"/>'s.
    /// </summary>
    public static (ValidBooking? Booking, Dictionary<string, string[]> Errors) ValidateAgainst(
        BookingRequest request, IReadOnlyList<RequestedLeg> legs, IReadOnlyDictionary<Guid, Flight> flights, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var validLegs = new List<ValidLeg>();
        foreach (var leg in legs)
        {
            if (!flights.TryGetValue(leg.FlightId, out var flight)) { errors[leg.FlightField] = ["No such flight."]; continue; }
            if (flight.Status != FlightStatus.Scheduled) errors[leg.FlightField] = ["This flight is cancelled."];
            else if (flight.DepartureTime - SalesCloseBeforeDeparture < now) errors[leg.FlightField] = ["This flight no longer takes bookings."];

            var layout = SeatLayout.For(flight.Aircraft, flight.TotalSeats);
            var seats = new List<ValidSeat>();
            for (var i = 0; i < leg.Seats.Count; i++)
            {
                var seat = layout.Find(leg.Seats[i]);
                if (seat is null) { errors[leg.SeatFields[i]] = [$"There is no seat {leg.Seats[i]} on this {flight.Aircraft}."]; continue; }
                seats.Add(new ValidSeat(i + 1, seat, seat.Cabin.Fare(flight.Price)));
            }
            validLegs.Add(new ValidLeg(leg, flight, seats));
        }
        if (errors.Count > 0) return (null, errors);

        var passengers = request.Passengers!.Select((p, i) => new ValidPassenger(i + 1, p.Name!.Trim(), p.Email!.Trim())).ToList();
        var booking = new ValidBooking(passengers, validLegs);
        // The admin's price bound (FlightDraftValidator.MaxPrice) keeps one flight's booking within MaxAmount; several
        // flights, or a price stored some other way, are caught here before anything is written.
        if (validLegs.SelectMany(l => l.Seats).Any(s => s.Fare > MaxAmount) || booking.TotalAmount > MaxAmount)
        {
            errors["passengers"] = [$"These seats would cost more than {MaxAmount:0.00} USD, the most one booking can total; book fewer or cheaper seats."];
            return (null, errors);
        }
        return (booking, errors);
    }

    private static string Normalized(string seat) => seat.Trim().ToUpperInvariant();

    private static bool IsEmail(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= 320 && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim();
}
