using SkyHighBooker.RouteMaps;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>Everything the documents of one booking show; built from the database by the caller, rendered as is.</summary>
public sealed record DocumentBooking(Guid BookingId, string Reference, string Status, DateTimeOffset CreatedAt, DocumentFlight Flight,
    IReadOnlyList<DocumentPassenger> Passengers, decimal TotalAmount, string Currency, DocumentPayment? Payment);

/// <summary>
/// The booked flight; departure and arrival carry the offset of their own airport, so they print as local times. The
/// airports' places, when known, draw the route map on the confirmation.
/// </summary>
public sealed record DocumentFlight(string FlightNumber, string Airline, string FromCode, string FromCity, string ToCode, string ToCity,
    DateTimeOffset DepartureLocal, DateTimeOffset ArrivalLocal, string Aircraft, int DurationMinutes,
    GeoPoint? FromLocation = null, GeoPoint? ToLocation = null);

/// <summary>One traveller of the booking. Cabin is economy, premium_economy or business.</summary>
public sealed record DocumentPassenger(int Position, string Name, string Email, string Seat, string Cabin, decimal Fare);

/// <summary>The payment of the booking, if one was made.</summary>
public sealed record DocumentPayment(string Method, string Status, decimal Amount, string Currency, string? TransactionId, DateTimeOffset PaidAt);
