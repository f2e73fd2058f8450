namespace SkyHighBooker.Api.Admin;

/// <summary>
/// A flight as an admin writes it. Only these fields bind: id, status, duration, departure date and timestamps
/// are the server's (anything else in the body is ignored).
/// </summary>
public sealed record FlightDraft(
    string? FlightNumber,
    string? Airline,
    string? From,
    string? To,
    DateTimeOffset? DepartureTime,
    DateTimeOffset? ArrivalTime,
    decimal? Price,
    string? Aircraft,
    int? TotalSeats,
    int? AvailableSeats);
