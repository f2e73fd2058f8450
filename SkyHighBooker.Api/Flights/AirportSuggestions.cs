namespace SkyHighBooker.Api.Flights;

/// <summary>Autocomplete: exact code first, then codes, cities and names that start with the text, then any that contain it.</summary>
public static class AirportSuggestions
{
    public const int MaxLimit = 20;

    public static IReadOnlyList<AirportMatch> Find(IEnumerable<Airport> airports, string? text, int limit)
    {
        var q = (text ?? "").Trim();
        return airports
            .Select(a => (Airport: a, Rank: Rank(a, q)))
            .Where(x => x.Rank < int.MaxValue)
            .OrderBy(x => x.Rank).ThenBy(x => x.Airport.City).ThenBy(x => x.Airport.Code)
            .Take(limit)
            .Select(x => AirportMatch.From(x.Airport))
            .ToList();
    }

    private static int Rank(Airport a, string q)
    {
        if (q.Length == 0) return 3;
        var c = StringComparison.OrdinalIgnoreCase;
        if (a.Code.Equals(q, c)) return 0;
        if (a.Code.StartsWith(q, c) || a.City.StartsWith(q, c)) return 1;
        if (a.Name.StartsWith(q, c)) return 2;
        if (a.City.Contains(q, c) || a.Name.Contains(q, c) || a.Country.StartsWith(q, c)) return 3;
        return int.MaxValue;
    }
}
