namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// The lowest fare per passenger on each day of a month, direct and with at most one connection (null: none that day,
/// or the day cannot be searched: past, or beyond the bookable days).
/// </summary>
public sealed record FareCalendar(string From, string To, string Month, int Passengers, string Currency, IReadOnlyList<FareDay> Days);

/// <summary>A day's lowest fares; <see cref="Lowest"/> is the lower of the two.</summary>
public sealed record FareDay(DateOnly Date, decimal? Lowest, decimal? LowestDirect, decimal? LowestWithOneStop);
