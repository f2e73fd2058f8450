using System.Net.Mail;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

public sealed record ValidPassenger(string Name, string Email, Seat Seat, decimal Fare);

public sealed record ValidBooking(Flight Flight, IReadOnlyList<ValidPassenger> Passengers)
{
    public decimal TotalAmount => Passengers.Sum(p => p.Fare);
}

public static class BookingRequestValidator
{
    public const int MaxPassengers = 9;
    /// <summary>
    /// The most one fare, and one booking's total, may be: the amount columns (flights.price, booking_passengers.fare,
    /// bookings.total_amount, payments.amount) are numeric(10,2), and a larger value failed the INSERT with a 500.
    /// </summary>
    public const decimal MaxAmount = 99_999_999.99m;
    /// <summary>Sales close this long before departure.</summary>
    public static readonly TimeSpan SalesCloseBeforeDeparture = TimeSpan.FromMinutes(45);

    public static Dictionary<string, string[]> ValidateShape(BookingRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.FlightId is null || request.FlightId == Guid.Empty) errors["flightId"] = ["flightId is required."];
        if (request.Passengers is not { Count: >= 1 and <= MaxPassengers })
        {
            errors["passengers"] = [$"Between 1 and {MaxPassengers} passengers are booked at once."];
            return errors;
        }
        for (var i = 0; i < request.Passengers.Count; i++)
        {
            var p = request.Passengers[i];
            if (p is null) { errors[$"passengers[{i}]"] = ["A passenger is required."]; continue; }
            if (string.IsNullOrWhiteSpace(p.Name) || p.Name.Trim().Length > 200) errors[$"passengers[{i}].name"] = ["Name is required, at most 200 characters."];
            else if (FreeText.HasControlCharacters(p.Name)) errors[$"passengers[{i}].name"] = [FreeText.ControlCharactersMessage];
            if (FreeText.HasControlCharacters(p.Email)) errors[$"passengers[{i}].email"] = [FreeText.ControlCharactersMessage];
            else if (!IsEmail(p.Email)) errors[$"passengers[{i}].email"] = ["A valid email address is required."];
            if (string.IsNullOrWhiteSpace(p.Seat)) errors[$"passengers[{i}].seat"] = ["A seat is required, e.g. 12A."];
        }
        var seats = request.Passengers.Where(p => !string.IsNullOrWhiteSpace(p?.Seat)).Select(p => p.Seat!.Trim().ToUpperInvariant()).ToList();
        if (seats.Distinct().Count() != seats.Count) errors["passengers"] = ["Each passenger needs their own seat."];
        return errors;
    }

    /// <summary>The flight-dependent checks: bookable flight, seats that exist on its aircraft. Fares come from here.</summary>
    public static (ValidBooking? Booking, Dictionary<string, string[]> Errors) ValidateAgainst(
        BookingRequest request, Flight flight, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (flight.Status != FlightStatus.Scheduled) errors["flightId"] = ["This flight is cancelled."];
        else if (flight.DepartureTime - SalesCloseBeforeDeparture < now) errors["flightId"] = ["This flight no longer takes bookings."];

        var layout = SeatLayout.For(flight.Aircraft, flight.TotalSeats);
        var passengers = new List<ValidPassenger>();
        for (var i = 0; i < request.Passengers!.Count; i++)
        {
            var p = request.Passengers[i];
            var seat = layout.Find(p.Seat!);
            if (seat is null) { errors[$"passengers[{i}].seat"] = [$"There is no seat {p.Seat!.Trim().ToUpperInvariant()} on this {flight.Aircraft}."]; continue; }
            passengers.Add(new ValidPassenger(p.Name!.Trim(), p.Email!.Trim(), seat, seat.Cabin.Fare(flight.Price)));
        }
        // The admin's price bound (FlightDraftValidator.MaxPrice) keeps every booking within MaxAmount; this catches a
        // price stored some other way, before anything is written.
        if (errors.Count == 0 && (passengers.Any(p => p.Fare > MaxAmount) || passengers.Sum(p => p.Fare) > MaxAmount))
            errors["passengers"] = [$"These seats on this flight would cost more than {MaxAmount:0.00} USD, the most one booking can total; book fewer or cheaper seats."];
        return errors.Count > 0 ? (null, errors) : (new ValidBooking(flight, passengers), errors);
    }

    private static bool IsEmail(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= 320 && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim();
}
