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
    /// <summary>
    /// False until the first booking: seats sold before then (the seed's loads) are only a count, and get
    /// seat_assignments rows when the flight is first booked.
    /// </summary>
    public bool SeatsMaterialized { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
