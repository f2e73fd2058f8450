using System.Data;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin.Stats;

/// <param name="LoadFactor">Seats sold / seats on the aircraft, 0–1 to 4 decimals (0 when the aircraft has no seats).</param>
public sealed record RouteLoad(string From, string To, int Flights, int SeatsSold, int Seats, decimal LoadFactor);

/// <param name="DepartureDate">The departure date at the origin airport.</param>
public sealed record FlightLoad(Guid FlightId, string FlightNumber, string From, string To, DateOnly DepartureDate, int SeatsSold, int Seats, decimal LoadFactor);

/// <param name="Routes">The <see cref="LoadFactorStats.MostShown"/> fullest routes, fullest first.</param>
/// <param name="Flights">The <see cref="LoadFactorStats.MostShown"/> fullest flights, fullest first.</param>
public sealed record LoadFactorStatsView(IReadOnlyList<RouteLoad> Routes, IReadOnlyList<FlightLoad> Flights,
    int RouteCount, int FlightCount, int SeatsSold, int Seats, decimal LoadFactor);

/// <summary>
/// Load factor of the scheduled flights departing on the scope's days (by their departure date at the origin, as
/// travellers search; cancelled flights have no one on board). A seat is sold unless it is free or held by a booking
/// awaiting payment: so seats of <see cref="BookingStatus.Confirmed"/> bookings and the seed's pre-sold seats count,
/// and seats of cancelled and expired bookings, given back to the flight when they ended, do not.
/// </summary>
public sealed class LoadFactorStats(BookerDbContext db)
{
    public const int MostShown = 20;

    private static readonly SqlColumns FlightColumns = new("flights",
        "id", "flight_number", "from_airport", "to_airport", "departure_date", "total_seats", "available_seats");

    public Task<LoadFactorStatsView> ReadAsync(StatsScope scope, CancellationToken ct) =>
        db.Database.QueryBatchAsync([
            Over(scope, $"""
                SELECT count(*)::int AS flights, count(DISTINCT (from_airport, to_airport))::int AS routes,
                       coalesce(sum(seats_sold), 0)::int AS seats_sold, coalesce(sum(total_seats), 0)::int AS seats
                FROM scoped
                """),
            Over(scope, $"""
                SELECT from_airport, to_airport, count(*)::int AS flights, sum(seats_sold)::int AS seats_sold, sum(total_seats)::int AS seats
                FROM scoped GROUP BY from_airport, to_airport
                ORDER BY sum(seats_sold)::numeric / nullif(sum(total_seats), 0) DESC NULLS LAST, from_airport, to_airport
                LIMIT {MostShown}
                """),
            Over(scope, $"""
                SELECT id, flight_number, from_airport, to_airport, departure_date, seats_sold, total_seats
                FROM scoped
                ORDER BY seats_sold::numeric / nullif(total_seats, 0) DESC NULLS LAST, departure_date, flight_number
                LIMIT {MostShown}
                """),
        ], ReadAsync, ct);

    private static NpgsqlBatchCommand Over(StatsScope scope, FormattableString select) => SqlBatch.Command($"""
        WITH scoped AS (
            SELECT {FlightColumns.ListOf("f")}, f.total_seats - f.available_seats - held.seats AS seats_sold
            FROM flights f
            CROSS JOIN LATERAL (
                SELECT count(*) AS seats FROM seat_assignments s JOIN bookings b ON b.id = s.booking_id
                WHERE s.flight_id = f.id AND b.booking_status = {BookingStatus.PendingPayment}) held
            WHERE f.status = {FlightStatus.Scheduled} AND f.departure_date BETWEEN {scope.Start} AND {scope.End} AND {scope.FliesRoute("f")})
        {select}
        """);

    private static async Task<LoadFactorStatsView> ReadAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        var (flightCount, routeCount, seatsSold, seats) =
            (reader.GetInt32("flights"), reader.GetInt32("routes"), reader.GetInt32("seats_sold"), reader.GetInt32("seats"));

        await reader.NextResultAsync(ct);
        var routes = new List<RouteLoad>();
        while (await reader.ReadAsync(ct))
        {
            var (sold, total) = (reader.GetInt32("seats_sold"), reader.GetInt32("seats"));
            routes.Add(new RouteLoad(reader.GetString("from_airport"), reader.GetString("to_airport"), reader.GetInt32("flights"), sold, total, Ratio(sold, total)));
        }

        await reader.NextResultAsync(ct);
        var flights = new List<FlightLoad>();
        while (await reader.ReadAsync(ct))
        {
            var (sold, total) = (reader.GetInt32("seats_sold"), reader.GetInt32("total_seats"));
            flights.Add(new FlightLoad(reader.GetGuid("id"), reader.GetString("flight_number"), reader.GetString("from_airport"),
                reader.GetString("to_airport"), reader.GetFieldValue<DateOnly>("departure_date"), sold, total, Ratio(sold, total)));
        }
        return new LoadFactorStatsView(routes, flights, routeCount, flightCount, seatsSold, seats, Ratio(seatsSold, seats));
    }

    private static decimal Ratio(int sold, int seats) => seats == 0 ? 0m : decimal.Round((decimal)sold / seats, 4, MidpointRounding.AwayFromZero);
}
