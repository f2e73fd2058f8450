namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// The best itineraries by the sort asked for, at most <see cref="Limit"/> of them; <see cref="TotalFound"/> counts every
/// legal itinerary found, so <see cref="Truncated"/> says whether some were left out.
/// </summary>
public sealed record ItinerarySearchResult(IReadOnlyList<Itinerary> Items, int TotalFound, int Limit, bool Truncated);
