using System.Data;
using System.Globalization;
using Npgsql;
using Microsoft.Extensions.Options;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.PublicReads;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// Each day's lowest fares over a month, computed in PostgreSQL in one round trip on <see cref="PublicReadDatabase"/>
/// (the replica when there is one).
/// </summary>
public sealed class FareCalendarSearch(PublicReadDatabase database, AirportDirectory airports, IOptions<ConnectionRules> rules)
{
    public async Task<FareCalendar> RunAsync(FareCalendarQuery query, CancellationToken cancellationToken)
    {
        var all = await airports.AllAsync(cancellationToken);
        var hubs = rules.Value.HubsFor(query.From, query.To, all.Values);
        var statement = FareCalendarSql.LowestFares(query, hubs, rules.Value.MaximumLayoverMinutes);
        var byDay = await database.ReadAsync([statement], async (reader, ct) =>
        {
            var fares = new Dictionary<DateOnly, (decimal? Direct, decimal? Connecting)>();
            while (await reader.ReadAsync(ct))
                fares[reader.GetFieldValue<DateOnly>("day")] = (Fare(reader, "direct_fare"), Fare(reader, "connecting_fare"));
            return fares;
        }, cancellationToken);

        var days = Enumerable.Range(0, DateTime.DaysInMonth(query.Month.Year, query.Month.Month))
            .Select(offset => query.Month.AddDays(offset))
            .Select(day => byDay.GetValueOrDefault(day) is var (direct, connecting)
                ? new FareDay(day, Lower(direct, connecting), direct, connecting)
                : new FareDay(day, null, null, null))
            .ToList();
        return new FareCalendar(query.From.Code, query.To.Code, query.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            query.Passengers, Fares.Currency, days);
    }

    private static decimal? Fare(NpgsqlDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetDecimal(reader.GetOrdinal(column));

    private static decimal? Lower(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
