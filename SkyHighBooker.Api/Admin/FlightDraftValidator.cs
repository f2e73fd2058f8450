using System.Text.RegularExpressions;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Admin;

public sealed record ValidFlight(
    string FlightNumber, string Airline, Airport From, Airport To, DateTimeOffset DepartureTime, DateTimeOffset ArrivalTime,
    DateOnly DepartureDate, int DurationMinutes, decimal Price, string Aircraft, int TotalSeats, int? AvailableSeats);

public static partial class FlightDraftValidator
{
    public const int MaxSeats = 1000;

    /// <summary>
    /// The highest price a flight may have (3,472,222.22): the most passengers one booking takes, all in the dearest
    /// cabin, must still fit <see cref="BookingRequestValidator.MaxAmount"/>. A price up to the column's own limit let a
    /// booking's total overflow numeric(10,2) and fail with a 500.
    /// </summary>
    public static readonly decimal MaxPrice = HighestPriceWithin(BookingRequestValidator.MaxAmount);

    [GeneratedRegex("^[A-Z0-9]{2}[0-9]{1,4}$")]
    private static partial Regex FlightNumberPattern();

    public static (ValidFlight? Flight, Dictionary<string, string[]> Errors) Validate(
        FlightDraft draft, IReadOnlyDictionary<string, Airport> airports, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var flightNumber = draft.FlightNumber?.Trim().ToUpperInvariant() ?? "";
        if (!FlightNumberPattern().IsMatch(flightNumber)) Fail("flightNumber", "Flight number is an airline code and 1–4 digits, e.g. AA100.");
        var airline = draft.Airline?.Trim() ?? "";
        if (airline.Length is 0 or > 100) Fail("airline", "Airline is required, at most 100 characters.");
        else if (FreeText.HasControlCharacters(draft.Airline)) Fail("airline", FreeText.ControlCharactersMessage);
        var aircraft = draft.Aircraft?.Trim() ?? "";
        if (aircraft.Length is 0 or > 50) Fail("aircraft", "Aircraft is required, at most 50 characters.");
        else if (FreeText.HasControlCharacters(draft.Aircraft)) Fail("aircraft", FreeText.ControlCharactersMessage);

        var from = AirportField.Read(draft.From, "from", airports, Fail);
        var to = AirportField.Read(draft.To, "to", airports, Fail);
        if (from is not null && from == to) Fail("to", "Destination must differ from origin.");

        if (draft.DepartureTime is not { } departure) Fail("departureTime", "Departure time is required (ISO 8601 with offset).");
        else if (departure < now) Fail("departureTime", "Departure must be in the future.");
        if (draft.ArrivalTime is not { } arrival) Fail("arrivalTime", "Arrival time is required (ISO 8601 with offset).");
        else if (draft.DepartureTime is { } d && arrival <= d) Fail("arrivalTime", "Arrival must be after departure.");
        else if (draft.DepartureTime is { } d2 && arrival - d2 > TimeSpan.FromHours(24)) Fail("arrivalTime", "A flight lasts at most 24 hours.");

        if (draft.Price is not { } price || price <= 0) Fail("price", "Price must be greater than 0.");
        else if (decimal.Round(price, 2) != price) Fail("price", "Price has at most 2 decimals.");
        else if (price > MaxPrice)
            Fail("price", $"Price is at most {MaxPrice:0.00}, so that {BookingRequestValidator.MaxPassengers} seats in the dearest cabin fit in one booking.");

        if (draft.TotalSeats is not { } total || total < 0 || total > MaxSeats) Fail("totalSeats", $"Total seats must be from 0 to {MaxSeats}.");
        if (draft.AvailableSeats is { } available && (available < 0 || available > (draft.TotalSeats ?? 0)))
            Fail("availableSeats", "Available seats must be from 0 to the total seats.");

        if (errors.Count > 0) return (null, errors);
        var departureUtc = draft.DepartureTime!.Value.ToUniversalTime();
        var arrivalUtc = draft.ArrivalTime!.Value.ToUniversalTime();
        var localDeparture = TimeZoneInfo.ConvertTime(departureUtc, AirportDirectory.ZoneOf(from!));
        return (new ValidFlight(flightNumber, airline, from!, to!, departureUtc, arrivalUtc, DateOnly.FromDateTime(localDeparture.DateTime),
            (int)(arrivalUtc - departureUtc).TotalMinutes, draft.Price!.Value, aircraft, draft.TotalSeats!.Value, draft.AvailableSeats), errors);
    }

    private static decimal HighestPriceWithin(decimal maxTotal)
    {
        var dearest = Cabin.All.MaxBy(c => c.PriceFactor)!;
        var price = decimal.Round(maxTotal / BookingRequestValidator.MaxPassengers / dearest.PriceFactor, 2, MidpointRounding.ToZero);
        while (BookingRequestValidator.MaxPassengers * dearest.Fare(price) > maxTotal) price -= 0.01m; // fares round to the cent
        return price;
    }
}
