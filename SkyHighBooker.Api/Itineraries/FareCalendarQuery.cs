using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// A validated fares calendar: a route and the month's days that can be searched (<paramref name="FirstDay"/> to
/// <paramref name="LastDay"/>: from today at the origin, up to the last bookable day).
/// </summary>
public sealed record FareCalendarQuery(Airport From, Airport To, DateOnly Month, DateOnly FirstDay, DateOnly LastDay, int Passengers);
