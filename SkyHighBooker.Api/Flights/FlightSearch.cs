using SkyHighBooker.Api.Apis;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Flights;

public sealed class FlightSearch(BookerDbContext db, AirportDirectory airports)
{
    public async Task<PagedList<FlightSummary>> RunAsync(FlightSearchQuery query, CancellationToken cancellationToken)
    {
        var flights = db.Flights.AsNoTracking().Where(f =>
            f.FromAirport == query.From.Code &&
            f.ToAirport == query.To.Code &&
            f.DepartureDate == query.Date &&
            f.Status == FlightStatus.Scheduled &&
            f.AvailableSeats >= query.Passengers);

        if (query.MaxPrice is { } maxPrice) flights = flights.Where(f => f.Price <= maxPrice);
        if (query.Airline is { } airline)
        {
            var namePattern = "%" + EscapeLike(airline) + "%";
            flights = airline.Length == 2
                ? flights.Where(f => f.FlightNumber.StartsWith(airline.ToUpperInvariant()) || EF.Functions.ILike(f.Airline, namePattern))
                : flights.Where(f => EF.Functions.ILike(f.Airline, namePattern));
        }
        var originZone = AirportDirectory.ZoneOf(query.From);
        if (query.DepartAfter is { } after)
        {
            var earliest = LocalToUtc(query.Date, after, originZone);
            flights = flights.Where(f => f.DepartureTime >= earliest);
        }
        if (query.DepartBefore is { } before)
        {
            var latest = LocalToUtc(query.Date, before, originZone);
            flights = flights.Where(f => f.DepartureTime <= latest);
        }

        var totalCount = await flights.CountAsync(cancellationToken);
        var sorted = query.Sort switch
        {
            FlightSort.Price => flights.OrderBy(f => f.Price).ThenBy(f => f.DepartureTime),
            FlightSort.Duration => flights.OrderBy(f => f.DurationMinutes).ThenBy(f => f.DepartureTime),
            _ => flights.OrderBy(f => f.DepartureTime).ThenBy(f => f.Price),
        };
        var page = await sorted.ThenBy(f => f.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);

        var destinationZone = AirportDirectory.ZoneOf(query.To);
        var items = page.Select(f => ToSummary(f, originZone, destinationZone)).ToList();
        return PagedList<FlightSummary>.Of(items, query.Page, query.PageSize, totalCount);
    }

    public async Task<FlightSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var flight = await db.Flights.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flight is null) return null;
        return Summarise(flight, await airports.AllAsync(cancellationToken));
    }

    public FlightSummary Summarise(Flight flight, IReadOnlyDictionary<string, Airport> all) =>
        ToSummary(flight, AirportDirectory.ZoneOf(all[flight.FromAirport]), AirportDirectory.ZoneOf(all[flight.ToAirport]));

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
