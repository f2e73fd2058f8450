using System.Runtime.CompilerServices;
using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.PublicReads;

namespace SkyHighBooker.Api.Flights;

/// <summary>
/// The public flight search and a flight's details, read from <see cref="PublicReadDatabase"/> (the replica when there
/// is one). Raw SQL sent as one batch — the count and the page in one round trip — and read straight into
/// <see cref="FlightSummary"/>: under bench/flight-search, EF's query building and a second round trip were most of
/// the Api's time over PostgreSQL's own.
/// </summary>
public sealed class FlightSearch(PublicReadDatabase database, AirportDirectory airports)
{
    private static readonly SqlFragment SummaryColumns = new(
        "f.id, f.flight_number, f.airline, f.from_airport, f.to_airport, f.departure_time, f.arrival_time, " +
        "f.duration_minutes, f.aircraft, f.price, f.available_seats, f.total_seats, f.status");

    public async Task<PagedList<FlightSummary>> RunAsync(FlightSearchQuery query, CancellationToken cancellationToken)
    {
        var where = Conditions(query);
        var orderBy = new SqlFragment(query.Sort switch
        {
            FlightSort.Price => "f.price, f.departure_time, f.id",
            FlightSort.Duration => "f.duration_minutes, f.departure_time, f.id",
            _ => "f.departure_time, f.price, f.id",
        });
        var offset = (query.Page - 1) * query.PageSize;
        var originZone = AirportDirectory.ZoneOf(query.From);
        var destinationZone = AirportDirectory.ZoneOf(query.To);
        return await database.ReadAsync(
            [
                SqlBatch.Command($"SELECT count(*)::int FROM flights f WHERE {where}"),
                SqlBatch.Command($"SELECT {SummaryColumns} FROM flights f WHERE {where} ORDER BY {orderBy} LIMIT {query.PageSize} OFFSET {offset}"),
            ],
            async (reader, ct) =>
            {
                await reader.ReadAsync(ct);
                var totalCount = reader.GetInt32(0);
                await reader.NextResultAsync(ct);
                var items = new List<FlightSummary>(query.PageSize);
                while (await reader.ReadAsync(ct)) items.Add(ReadSummary(reader, originZone, destinationZone));
                return PagedList<FlightSummary>.Of(items, query.Page, query.PageSize, totalCount);
            },
            cancellationToken);
    }

    public async Task<FlightSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var all = await airports.AllAsync(cancellationToken);
        return await database.ReadAsync(
            [SqlBatch.Command($"SELECT {SummaryColumns} FROM flights f WHERE f.id = {id}")],
            async (reader, ct) => await reader.ReadAsync(ct)
                ? ReadSummary(reader, AirportDirectory.ZoneOf(all[reader.GetString(3)]), AirportDirectory.ZoneOf(all[reader.GetString(4)]))
                : null,
            cancellationToken);
    }

    public FlightSummary Summarise(Flight flight, IReadOnlyDictionary<string, Airport> all) =>
        ToSummary(flight, AirportDirectory.ZoneOf(all[flight.FromAirport]), AirportDirectory.ZoneOf(all[flight.ToAirport]));

    /// <summary>The search's filters, ANDed; each value a parameter.</summary>
    private static FormattableString Conditions(FlightSearchQuery query)
    {
        var conditions = new List<FormattableString>
        {
            // bpchar: the codes are character(3) columns; a text parameter would turn the comparison into text and
            // leave the route index unused (a sequential scan: 150 ms a search instead of well under 1).
            $"f.from_airport = {query.From.Code}::bpchar",
            $"f.to_airport = {query.To.Code}::bpchar",
            $"f.departure_date = {query.Date}",
            $"f.status = {FlightStatus.Scheduled}",
            $"f.available_seats >= {query.Passengers}",
        };
        if (query.MaxPrice is { } maxPrice) conditions.Add($"f.price <= {maxPrice}");
        if (query.Airline is { } airline)
        {
            var namePattern = "%" + EscapeLike(airline) + "%";
            conditions.Add(airline.Length == 2
                ? (FormattableString)$"(starts_with(f.flight_number, {airline.ToUpperInvariant()}) OR f.airline ILIKE {namePattern})"
                : $"f.airline ILIKE {namePattern}");
        }
        var originZone = AirportDirectory.ZoneOf(query.From);
        if (query.DepartAfter is { } after) conditions.Add($"f.departure_time >= {LocalToUtc(query.Date, after, originZone)}");
        if (query.DepartBefore is { } before) conditions.Add($"f.departure_time <= {LocalToUtc(query.Date, before, originZone)}");
        var format = string.Join(" AND ", conditions.Select((_, i) => $"{{{i}}}"));
        return FormattableStringFactory.Create(format, conditions.ToArray<object>());
    }

    private static FlightSummary ReadSummary(NpgsqlDataReader r, TimeZoneInfo originZone, TimeZoneInfo destinationZone) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
        TimeZoneInfo.ConvertTime(r.GetFieldValue<DateTimeOffset>(5), originZone),
        TimeZoneInfo.ConvertTime(r.GetFieldValue<DateTimeOffset>(6), destinationZone),
        r.GetInt32(7), r.GetString(8), r.GetDecimal(9), "USD", r.GetInt32(10), r.GetInt32(11), r.GetString(12));

    private static FlightSummary ToSummary(Flight f, TimeZoneInfo originZone, TimeZoneInfo destinationZone) =>
        FlightSummary.Of(f, originZone, destinationZone);

    private static DateTimeOffset LocalToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
