using Npgsql;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// The fares calendar as one statement: the origin's departures over the days, each day's cheapest direct flight and
/// cheapest legal one-stop connection (the same connection rule as <see cref="ItinerarySql"/>).
/// </summary>
internal static class FareCalendarSql
{
    public static NpgsqlBatchCommand LowestFares(FareCalendarQuery query, IReadOnlyList<ConnectingHub> hubs,
        int maximumLayoverMinutes)
    {
        var to = query.To.Code;
        return SqlBatch.Command($"""
            WITH {ConnectionSql.HubRules(hubs)},
            {ConnectionSql.FirstLegs(query.From, query.FirstDay, query.LastDay, query.Passengers)},
            direct AS (
                SELECT l1.departure_date AS day, min(l1.price) AS fare
                FROM first_legs l1
                WHERE l1.to_airport = {to}::char(3)
                GROUP BY l1.departure_date
            ),
            connecting AS (
                SELECT l1.departure_date AS day, min(l1.price + l2.price) AS fare
                FROM first_legs l1
                JOIN hub_rules h1 ON h1.hub = l1.to_airport
                {ConnectionSql.NextLegs("l1", "h1", "l2", to, query.Passengers, maximumLayoverMinutes)}
                GROUP BY l1.departure_date
            )
            SELECT coalesce(direct.day, connecting.day) AS day, direct.fare AS direct_fare, connecting.fare AS connecting_fare
            FROM direct
            FULL JOIN connecting ON connecting.day = direct.day
            """);
    }
}
