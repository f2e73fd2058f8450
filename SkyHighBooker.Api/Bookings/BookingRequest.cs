namespace SkyHighBooker.Api.Bookings;

/// <summary>What a client may say about a booking: the flight and who sits where. Prices, status and owner are the server's.</summary>
public sealed record BookingRequest(Guid? FlightId, IReadOnlyList<PassengerRequest>? Passengers);

public sealed record PassengerRequest(string? Name, string? Email, string? Seat);
