using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// A way to fly the trip: one direct flight, or legs joined by legal connections. Departure is on the origin's clock
/// and arrival on the destination's, as in <see cref="FlightSummary"/>; the price is per passenger, the legs' fares added.
/// </summary>
public sealed record Itinerary(
    IReadOnlyList<FlightSummary> Legs,
    IReadOnlyList<Layover> Layovers,
    int Stops,
    DateTimeOffset DepartureTime,
    DateTimeOffset ArrivalTime,
    int TotalMinutes,
    decimal Price,
    string Currency,
    int AvailableSeats)
{
    public static Itinerary Of(IReadOnlyList<FlightSummary> legs) => new(
        legs,
        [.. legs.Zip(legs.Skip(1), (arriving, leaving) => new Layover(arriving.To, (int)(leaving.DepartureTime - arriving.ArrivalTime).TotalMinutes))],
        legs.Count - 1,
        legs[0].DepartureTime,
        legs[^1].ArrivalTime,
        (int)(legs[^1].ArrivalTime - legs[0].DepartureTime).TotalMinutes,
        legs.Sum(leg => leg.Price),
        Fares.Currency,
        legs.Min(leg => leg.AvailableSeats));
}
