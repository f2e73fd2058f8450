namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// What a client may say about a booking: the flights and who sits where. Prices, status and owner are the server's.
/// One flight: <c>flightId</c> and each passenger's <c>seat</c>. Several (a connection, a round trip): <c>segments</c>,
/// in the order flown, each with its flight and one seat per passenger in the passengers' order, and no
/// <c>flightId</c> or passenger <c>seat</c>.
/// </summary>
// FlightId, Segments and Seat default to null so that the OpenAPI document marks them optional: each is sent in one
// shape of the request and left out of the other.
public sealed record BookingRequest(IReadOnlyList<PassengerRequest>? Passengers, Guid? FlightId = null, IReadOnlyList<SegmentRequest>? Segments = null);

public sealed record PassengerRequest(string? Name, string? Email, string? Seat = null);

/// <summary>One flight of a booking with several: <c>seats[i]</c> is where passenger <c>i</c> sits on it.</summary>
public sealed record SegmentRequest(Guid? FlightId, IReadOnlyList<string?>? Seats);
