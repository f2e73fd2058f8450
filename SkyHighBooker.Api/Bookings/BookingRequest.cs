namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// What a client may say about a booking: the flights and who sits where. Prices, status and owner are the server's.
/// One flight: <c>flightId</c> and each passenger's <c>seat</c>. Several (a connection, a round trip): <c>segments</c>,
/// in the order flown, each with its flight and one seat per passenger in the passengers' order, and no
/// <c>flightId</c> or passenger <c>seat</c>.
/// </summary>
public sealed record BookingRequest(Guid? FlightId, IReadOnlyList<PassengerRequest>? Passengers, IReadOnlyList<SegmentRequest>? Segments = null);

public sealed record PassengerRequest(string? Name, string? Email, string? Seat);

/// <summary>One flight of a booking with several: <c>seats[i]</c> is where passenger <c>i</c> sits on it.</summary>
public sealed record SegmentRequest(Guid? FlightId, IReadOnlyList<string?>? Seats);
