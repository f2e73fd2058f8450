using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin;

/// <summary>Admins' reads of flights: every flight, whatever its status.</summary>
public sealed class AdminFlightQueries(BookerDbContext db, AirportDirectory airports)
{
    /// <summary>By departure; a flight number matches by its start, airports by code.</summary>
    public async Task<PagedList<FlightSummary>> ListAsync(AdminFlightFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var (flightNumber, from, to, date, status) = (filter.FlightNumber, filter.From, filter.To, filter.Date, filter.Status);
        var flights = db.Flights.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(flightNumber)) flights = flights.Where(f => f.FlightNumber.StartsWith(flightNumber.Trim().ToUpper()));
        if (!string.IsNullOrWhiteSpace(from)) flights = flights.Where(f => f.FromAirport == from.Trim().ToUpper());
        if (!string.IsNullOrWhiteSpace(to)) flights = flights.Where(f => f.ToAirport == to.Trim().ToUpper());
        if (date is { } day) flights = flights.Where(f => f.DepartureDate == day);
        if (!string.IsNullOrEmpty(status)) flights = flights.Where(f => f.Status == status);

        var total = await flights.CountAsync(ct);
        var rows = await flights.OrderBy(f => f.DepartureTime).ThenBy(f => f.FlightNumber).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var all = await airports.AllAsync(ct);
        return PagedList<FlightSummary>.Of(rows.Select(f => FlightSummary.Of(f, all)).ToList(), page, pageSize, total);
    }

    /// <summary>
    /// One flight as the primary has it: what an admin's write answers with. Not the public read, which may be a
    /// replica that has not replayed the write yet (and would answer nothing for a flight just created).
    /// </summary>
    public async Task<FlightSummary?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Flights.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct) is { } flight
            ? FlightSummary.Of(flight, await airports.AllAsync(ct))
            : null;
}
