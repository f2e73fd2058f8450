using System.Globalization;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// A validated fares calendar: a route and the month's days that can be searched (<paramref name="FirstDay"/> to
/// <paramref name="LastDay"/>: from today at the origin, up to the last bookable day).
/// </summary>
public sealed record FareCalendarQuery(Airport From, Airport To, DateOnly Month, DateOnly FirstDay, DateOnly LastDay, int Passengers)
{
    /// <summary>
    /// The calendar as a cache key, from validated values. The searchable days are part of it: when the origin's day
    /// turns over, the month's answer changes (one more day in the past) and must not be served from before.
    /// </summary>
    public string CacheKey => string.Create(CultureInfo.InvariantCulture,
        $"{From.Code}|{To.Code}|{Month:yyyy-MM}|{FirstDay:yyyy-MM-dd}|{LastDay:yyyy-MM-dd}|{Passengers}");
}
