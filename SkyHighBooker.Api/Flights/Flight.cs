namespace SkyHighBooker.Api.Flights;

public sealed class Flight
{
    public Guid Id { get; set; }
    public required string FlightNumber { get; set; }
    public required string Airline { get; set; }
    public required string FromAirport { get; set; }
    public required string ToAirport { get; set; }
    public DateTimeOffset DepartureTime { get; set; }
    /// <summary>Departure date in the origin airport's time zone: what travellers search by.</summary>
    public DateOnly DepartureDate { get; set; }
    public DateTimeOffset ArrivalTime { get; set; }
    public int DurationMinutes { get; set; }
    public required string Aircraft { get; set; }
    public decimal Price { get; set; }
    public int TotalSeats { get; set; }
    public int AvailableSeats { get; set; }
    public string Status { get; set; } = FlightStatus.Scheduled;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public static class FlightStatus
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
}
