using SkyHighBooker.RouteMaps;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// Everything the documents of one booking show; built from the database by the caller, rendered as is.
/// <see cref="Flight"/> and each passenger's seat are the first segment's; <see cref="Legs"/> has every flight.
/// </summary>
public sealed record DocumentBooking(Guid BookingId, string Reference, string Status, DateTimeOffset CreatedAt, DocumentFlight Flight,
    IReadOnlyList<DocumentPassenger> Passengers, decimal TotalAmount, string Currency, DocumentPayment? Payment,
    IReadOnlyList<DocumentSegment>? Segments = null)
{
    /// <summary>Every flight of the booking in the order flown (a booking given without segments is its one flight).</summary>
    public IReadOnlyList<DocumentSegment> Legs => Segments is { Count: > 0 } segments ? segments
        : [new DocumentSegment(1, Flight, [.. Passengers.Select(p => new DocumentSeat(p.Position, p.Seat, p.Cabin, p.Fare))])];

    /// <summary>The booking as one leg's boarding pass shows it: that leg's flight, each passenger in their seat on it.</summary>
    public DocumentBooking OnLeg(DocumentSegment leg) => this with
    {
        Flight = leg.Flight,
        Passengers = [.. Passengers.Select(p => leg.SeatOf(p) is { } seat ? p with { Seat = seat.Seat, Cabin = seat.Cabin, Fare = seat.Fare } : p)],
    };
}

/// <summary>One flight of a booking and where each passenger sits on it.</summary>
public sealed record DocumentSegment(int Position, DocumentFlight Flight, IReadOnlyList<DocumentSeat> Seats)
{
    public DocumentSeat? SeatOf(DocumentPassenger passenger) => Seats.FirstOrDefault(s => s.PassengerPosition == passenger.Position);
}

/// <summary>A passenger's seat on one segment and its fare.</summary>
public sealed record DocumentSeat(int PassengerPosition, string Seat, string Cabin, decimal Fare);

/// <summary>
/// The booked flight; departure and arrival carry the offset of their own airport, so they print as local times. The
/// airports' places, when known, draw the route map on the confirmation.
/// </summary>
public sealed record DocumentFlight(string FlightNumber, string Airline, string FromCode, string FromCity, string ToCode, string ToCity,
    DateTimeOffset DepartureLocal, DateTimeOffset ArrivalLocal, string Aircraft, int DurationMinutes,
    GeoPoint? FromLocation = null, GeoPoint? ToLocation = null);

/// <summary>One traveller of the booking: their seat and cabin on the first segment, their fare on all. Cabin is economy, premium_economy or business.</summary>
public sealed record DocumentPassenger(int Position, string Name, string Email, string Seat, string Cabin, decimal Fare);

/// <summary>The payment of the booking, if one was made.</summary>
public sealed record DocumentPayment(string Method, string Status, decimal Amount, string Currency, string? TransactionId, DateTimeOffset PaidAt);
