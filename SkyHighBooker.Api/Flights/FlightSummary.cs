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
    [property: AllowedValuesFrom(typeof(FlightStatus))] string Status);
