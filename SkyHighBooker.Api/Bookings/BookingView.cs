using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// A booking as its owner (and admins) see it: everyone in it and every flight (<see cref="Segments"/>, in the order
/// flown). The flight fields and each passenger's seat are the first segment's, so a client that knows one flight
/// reads any booking; a passenger's fare is their seats' on all segments together.
/// </summary>
public sealed record BookingView(
    Guid Id,
    string Reference,
    Guid FlightId,
    string FlightNumber,
    string Airline,
    string From,
    string To,
    DateTimeOffset DepartureTime,
    string PassengerName,
    string PassengerEmail,
    string SeatNumber,
    [property: AllowedValuesFrom(typeof(BookingStatus))] string Status,
    DateTimeOffset? HoldExpiresAt,
    decimal TotalAmount,
    string Currency,
    IReadOnlyList<PassengerView> Passengers,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SegmentView> Segments)
{
    /// <summary>The same booking with its times given on the airports' clocks, as flights show them.</summary>
    public BookingView AtOriginClock(IReadOnlyDictionary<string, Airport> airports) => this with
    {
        DepartureTime = OnClockOf(airports, From, DepartureTime),
        Segments = [.. Segments.Select(s => s with
        {
            DepartureTime = OnClockOf(airports, s.From, s.DepartureTime),
            ArrivalTime = OnClockOf(airports, s.To, s.ArrivalTime),
        })],
    };

    private static DateTimeOffset OnClockOf(IReadOnlyDictionary<string, Airport> airports, string code, DateTimeOffset instant) =>
        airports.TryGetValue(code, out var airport) ? TimeZoneInfo.ConvertTime(instant, AirportDirectory.ZoneOf(airport)) : instant;
}

/// <summary>One flight of a booking, with where each passenger sits on it.</summary>
public sealed record SegmentView(
    int Position, Guid FlightId, string FlightNumber, string Airline, string From, string To,
    DateTimeOffset DepartureTime, DateTimeOffset ArrivalTime, IReadOnlyList<SegmentSeatView> Seats);

/// <summary>A passenger's seat on one segment; <see cref="Passenger"/> is their place in the booking's passengers, from 1.</summary>
public sealed record SegmentSeatView(
    int Passenger, string Seat, [property: AllowedValuesFrom(typeof(Seats.Cabin), nameof(Seats.Cabin.Names))] string Cabin, decimal Fare);

public sealed record PassengerView(
    string Name, string Email, string Seat, [property: AllowedValuesFrom(typeof(Seats.Cabin), nameof(Seats.Cabin.Names))] string Cabin, decimal Fare);

public sealed record AdminBookingView(string UserId, BookingView Booking);
