using System.Globalization;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>A validated itinerary search: known, distinct airports, a bookable local date, a party and how many stops it takes.</summary>
public sealed record ItinerarySearchQuery(Airport From, Airport To, DateOnly Date, int Passengers, int MaxStops, ItinerarySort Sort)
{
    public const int MostStops = 2;
    public const int DefaultMaxStops = 1;

    /// <summary>The search as a cache key, from validated values (codes as the directory spells them, defaults filled in).</summary>
    public string CacheKey => string.Create(CultureInfo.InvariantCulture, $"{From.Code}|{To.Code}|{Date:yyyy-MM-dd}|{Passengers}|{MaxStops}|{Sort}");
}
