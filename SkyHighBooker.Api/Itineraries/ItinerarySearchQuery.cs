using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>A validated itinerary search: known, distinct airports, a bookable local date, a party and how many stops it takes.</summary>
public sealed record ItinerarySearchQuery(Airport From, Airport To, DateOnly Date, int Passengers, int MaxStops, ItinerarySort Sort)
{
    public const int MostStops = 2;
    public const int DefaultMaxStops = 1;
}
