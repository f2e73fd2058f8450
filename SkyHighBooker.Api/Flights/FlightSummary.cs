using System.ComponentModel;
using SkyHighBooker.Api.Apis;
namespace SkyHighBooker.Api.Flights;

/// <summary>
/// A flight as travellers see it. Departure is given with the origin's local offset and arrival with the
/// destination's, so "08:30-05:00" reads as the time on the airport clock.
/// </summary>
[ImmutableObject(true)]
public sealed record FlightSummary(
    Guid Id,
    string FlightNumber,
    string Airline,
    string From,
    string To,
    DateTimeOffset DepartureTime,
    DateTimeOffset ArrivalTime,
    int DurationMinutes,
    string Aircraft,
    decimal Price,
    string Currency,
    int AvailableSeats,
    int TotalSeats,
    [property: AllowedValuesFrom(typeof(FlightStatus))] string Status)
{
    /// <summary>The flight with its departure on the origin's clock and its arrival on the destination's.</summary>
    public static FlightSummary Of(Flight f, IReadOnlyDictionary<string, Airport> airports) =>
        Of(f, AirportDirectory.ZoneOf(airports[f.FromAirport]), AirportDirectory.ZoneOf(airports[f.ToAirport]));

    /// <inheritdoc cref="Of(Flight, IReadOnlyDictionary{string, Airport})"/>
    public static FlightSummary Of(Flight f, TimeZoneInfo originZone, TimeZoneInfo destinationZone) => new(
        f.Id, f.FlightNumber, f.Airline, f.FromAirport, f.ToAirport,
        TimeZoneInfo.ConvertTime(f.DepartureTime, originZone),
        TimeZoneInfo.ConvertTime(f.ArrivalTime, destinationZone),
        f.DurationMinutes, f.Aircraft, f.Price, Fares.Currency, f.AvailableSeats, f.TotalSeats, f.Status);
}
