using System.Runtime.CompilerServices;
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
                SqlBatch.Command($"SELECT {FlightRows.Columns.ListOf("f")} FROM flights f WHERE {where} ORDER BY {orderBy} LIMIT {query.PageSize} OFFSET {offset}"),
            ],
            async (reader, ct) =>
            {
                await reader.ReadAsync(ct);
                var totalCount = reader.GetInt32(0);
                await reader.NextResultAsync(ct);
                var items = new List<FlightSummary>(query.PageSize);
                while (await FlightRows.ReadOneAsync(reader, ct) is { } flight) items.Add(FlightSummary.Of(flight, originZone, destinationZone));
                return PagedList<FlightSummary>.Of(items, query.Page, query.PageSize, totalCount);
            },
            cancellationToken);
    }

    public async Task<FlightSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var all = await airports.AllAsync(cancellationToken);
        return await database.ReadAsync([FlightRows.ById(id)],
            async (reader, ct) => await FlightRows.ReadOneAsync(reader, ct) is { } flight ? FlightSummary.Of(flight, all) : null,
            cancellationToken);
    }

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

    private static DateTimeOffset LocalToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
