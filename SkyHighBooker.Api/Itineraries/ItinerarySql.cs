using Npgsql;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// The itinerary search as one statement: direct flights, and connections as a self-join of flights on the hub within
/// the layover window, ranked by the sort and cut to the limit; one row per leg of each itinerary kept, with its rank
/// and how many itineraries were found in all.
/// </summary>
internal static class ItinerarySql
{
    public static NpgsqlBatchCommand Search(ItinerarySearchQuery query, IReadOnlyList<ConnectingHub> hubs, double maximumKm,
        int maximumLayoverMinutes, int limit)
    {
        var to = query.To.Code;
        FormattableString NextLegs(string arriving, string hubRule, string leaving, string? destination) =>
            ConnectionSql.NextLegs(arriving, hubRule, leaving, destination, query.Passengers, maximumLayoverMinutes);

        // Only the branches maxStops asks for are written: a branch switched off by a parameter still had to be parsed and
        // planned, which cost PostgreSQL more than running a one-stop search (bench/itinerary-search), and each shape is
        // then a statement of its own that the public-read pool prepares once per connection.
        var oneStop = query.MaxStops < 1 ? SqlBatch.Nothing : (FormattableString)$"""
            UNION ALL
            SELECT ARRAY[l1.id, l2.id], l1.price + l2.price, l1.departure_time, l2.arrival_time
            FROM first_legs l1
            JOIN hub_rules h1 ON h1.hub = l1.to_airport
            {NextLegs("l1", "h1", "l2", to)}
            """;
        var twoStops = query.MaxStops < 2 ? SqlBatch.Nothing : (FormattableString)$"""
            UNION ALL
            SELECT ARRAY[l1.id, l2.id, l3.id], l1.price + l2.price + l3.price, l1.departure_time, l3.arrival_time
            FROM first_legs l1
            JOIN hub_rules h1 ON h1.hub = l1.to_airport
            {NextLegs("l1", "h1", "l2", null)}
            JOIN hub_rules h2 ON h2.hub = l2.to_airport
            {NextLegs("l2", "h2", "l3", to)}
            WHERE h1.from_km + {ConnectionSql.KmBetween("h1", "h2")} + h2.to_km <= {maximumKm}
            """;
        return SqlBatch.Command($"""
            WITH {ConnectionSql.HubRules(hubs)},
            {ConnectionSql.FirstLegs(query.From, query.Date, query.Date, query.Passengers)},
            candidates AS (
                SELECT ARRAY[l1.id] AS legs, l1.price AS price, l1.departure_time AS departs, l1.arrival_time AS arrives
                FROM first_legs l1
                WHERE l1.to_airport = {to}::char(3)
                {oneStop}
                {twoStops}
            ),
            kept AS ( -- ties go to fewer stops: a direct flight before a connection that is no better
                -- ORDER BY … LIMIT keeps the best in a bounded heap (a top-N sort); ranking every candidate with
                -- row_number() sorted them all first
                SELECT legs, price, departs, arrives, cardinality(legs) AS stops, count(*) OVER () AS found
                FROM candidates
                ORDER BY {OrderOf(query.Sort)}, cardinality(legs), legs
                LIMIT {limit}
            ),
            best AS (
                SELECT legs, found, row_number() OVER (ORDER BY {OrderOf(query.Sort)}, stops, legs) AS rank
                FROM kept
            )
            SELECT b.rank, b.found, {FlightRows.Columns.ListOf("f")}
            FROM best b
            CROSS JOIN LATERAL unnest(b.legs) WITH ORDINALITY AS leg(id, position)
            JOIN flights f ON f.id = leg.id
            ORDER BY b.rank, leg.position
            """);
    }

    private static SqlFragment OrderOf(ItinerarySort sort) => new(sort switch
    {
        ItinerarySort.Duration => "arrives - departs, price, departs",
        ItinerarySort.Departure => "departs, arrives - departs, price",
        ItinerarySort.Arrival => "arrives, arrives - departs, price",
        _ => "price, arrives - departs, departs",
    });
}
