using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// The parts of the itinerary and fare statements that say what a legal connection is, written once. Aliases are
/// names written in this code base, placed as text; every value is a parameter.
/// </summary>
internal static class ConnectionSql
{
    /// <summary>
    /// A CTE <c>hub_rules(hub, min_minutes, latitude, longitude, from_km, to_km)</c>: the airports a trip may connect at
    /// (never its origin or destination), each with its minimum connecting time for this trip, where it is, and how far
    /// from the trip's origin and destination.
    /// </summary>
    public static FormattableString HubRules(IReadOnlyList<ConnectingHub> hubs) => $"""
        hub_rules(hub, min_minutes, latitude, longitude, from_km, to_km) AS (
            SELECT * FROM unnest({hubs.Select(h => h.Airport.Code).ToArray()}::char(3)[], {hubs.Select(h => h.MinimumMinutes).ToArray()}::int[],
                                 {hubs.Select(h => h.Airport.Latitude).ToArray()}::float8[], {hubs.Select(h => h.Airport.Longitude).ToArray()}::float8[],
                                 {hubs.Select(h => h.KmFromOrigin).ToArray()}::float8[], {hubs.Select(h => h.KmToDestination).ToArray()}::float8[]))
        """;

    /// <summary>The great-circle distance in km between two hub_rules rows (haversine, as GreatCircle computes it).</summary>
    public static SqlFragment KmBetween(string hub, string otherHub) => new($"""
        (2 * 6371 * asin(sqrt(power(sin(radians({otherHub}.latitude - {hub}.latitude) / 2), 2)
            + cos(radians({hub}.latitude)) * cos(radians({otherHub}.latitude)) * power(sin(radians({otherHub}.longitude - {hub}.longitude) / 2), 2))))
        """);

    /// <summary>
    /// A CTE <c>first_legs</c>: the flights leaving <paramref name="origin"/> on one of the local dates from
    /// <paramref name="firstDate"/> to <paramref name="lastDate"/> that the party can board.
    /// </summary>
    public static FormattableString FirstLegs(Airport origin, DateOnly firstDate, DateOnly lastDate, int passengers)
    {
        // The local dates as the UTC instants they span, rather than departure_date: the (from_airport, departure_time)
        // index bounds the scan, and the planner, which multiplies the selectivities of a time range and a date that say
        // the same thing, no longer expects a single row and plans the joins after it for one.
        var zone = AirportDirectory.ZoneOf(origin);
        return $"""
            first_legs AS (
                SELECT f.id, f.to_airport, f.departure_date, f.departure_time, f.arrival_time, f.price
                FROM flights f
                WHERE f.from_airport = {origin.Code}::char(3)
                  AND f.departure_time >= {LocalMidnight(firstDate, zone)} AND f.departure_time < {LocalMidnight(lastDate.AddDays(1), zone)}
                  AND {Boardable("f", passengers)})
            """;
    }

    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The flight is flying and has a seat for each passenger.</summary>
    public static FormattableString Boardable(string flight, int passengers) =>
        $"{Name(flight)}.status = {FlightStatus.Scheduled} AND {Name(flight)}.available_seats >= {passengers}";

    /// <summary>
    /// A lateral join of the flights <paramref name="leaving"/> (to <paramref name="destination"/>, or anywhere) that
    /// connect with <paramref name="arriving"/>: from where it lands, no sooner than the hub's minimum connecting time
    /// (<paramref name="hubRule"/>, the hub_rules row joined on that airport) and no later than the longest layover, with
    /// seats for the party. Instants are UTC in the database, so time zones play no part here.
    /// </summary>
    public static FormattableString NextLegs(string arriving, string hubRule, string leaving, string? destination,
        int passengers, int maximumLayoverMinutes)
    {
        var toDestination = destination is null
            ? SqlBatch.Nothing
            : (FormattableString)$"AND {Name(leaving)}.to_airport = {destination}::char(3)";
        // OFFSET 0 keeps the subquery from being flattened into a join: the planner cannot estimate a range join on a
        // computed window (it guessed a third of the table per bound, 700,000 rows, and hashed whole scans of flights),
        // while a lookup per arriving flight is an index range scan of a few rows.
        return $"""
            CROSS JOIN LATERAL (
                SELECT {Name(leaving)}.id, {Name(leaving)}.to_airport, {Name(leaving)}.arrival_time, {Name(leaving)}.price
                FROM flights {Name(leaving)}
                WHERE {Name(leaving)}.from_airport = {Name(arriving)}.to_airport {toDestination}
                  AND {Name(leaving)}.departure_time >= {Name(arriving)}.arrival_time + make_interval(mins => {Name(hubRule)}.min_minutes)
                  AND {Name(leaving)}.departure_time <= {Name(arriving)}.arrival_time + make_interval(mins => {maximumLayoverMinutes})
                  AND {Boardable(leaving, passengers)}
                OFFSET 0) {Name(leaving)}
            """;
    }

    private static SqlFragment Name(string alias) => new(alias);
}
