using Microsoft.Extensions.Options;
using Npgsql;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.PublicReads;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// Direct flights and legal connections for a trip on one local date, computed in PostgreSQL in one round trip on
/// <see cref="PublicReadDatabase"/> (the replica when there is one), like the flight search it extends.
/// </summary>
public sealed class ItinerarySearch(PublicReadDatabase database, AirportDirectory airports, IOptions<ConnectionRules> rules)
{
    public const int ResultLimit = 50;

    public async Task<ItinerarySearchResult> RunAsync(ItinerarySearchQuery query, CancellationToken cancellationToken)
    {
        var all = await airports.AllAsync(cancellationToken);
        var hubs = rules.Value.HubsFor(query.From, query.To, all.Values);
        var statement = ItinerarySql.Search(query, hubs, rules.Value.MaximumKm(query.From, query.To), rules.Value.MaximumLayoverMinutes, ResultLimit);
        var (itineraries, found) = await database.ReadAsync([statement], (reader, ct) => ReadAsync(reader, all, ct), cancellationToken);
        return new ItinerarySearchResult(itineraries, found, ResultLimit, found > itineraries.Count);
    }

    private static async Task<(List<Itinerary> Itineraries, int Found)> ReadAsync(
        NpgsqlDataReader reader, IReadOnlyDictionary<string, Airport> airports, CancellationToken ct)
    {
        var itineraries = new List<Itinerary>();
        var legs = new List<FlightSummary>();
        long rank = 0;
        var found = 0;
        while (await FlightRows.ReadOneAsync(reader, ct) is { } flight)
        {
            var rowRank = reader.GetInt64(reader.GetOrdinal("rank"));
            found = (int)reader.GetInt64(reader.GetOrdinal("found"));
            if (rowRank != rank && legs.Count > 0)
            {
                itineraries.Add(Itinerary.Of(legs));
                legs = [];
            }
            rank = rowRank;
            legs.Add(FlightSummary.Of(flight, airports));
        }
        if (legs.Count > 0) itineraries.Add(Itinerary.Of(legs));
        return (itineraries, found);
    }
}
