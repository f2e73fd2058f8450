using System.Data;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin.Stats;

/// <param name="Day">A UTC day.</param>
/// <param name="Bookings">Bookings made that day that are sold: confirmed (paid) now.</param>
/// <param name="Revenue">Their total amounts, in USD to the cent.</param>
public sealed record SalesDay(DateOnly Day, int Bookings, decimal Revenue);

public sealed record SalesStatsView(IReadOnlyList<SalesDay> Days, int TotalBookings, decimal TotalRevenue);

/// <summary>
/// Sales per UTC day of the booking's creation. A booking is sold while it is <see cref="BookingStatus.Confirmed"/>:
/// one awaiting payment is not sold yet, an expired one never was, and a cancelled one is no longer (it is counted in
/// <see cref="CancellationStats"/> on the day it was cancelled, and its money is refunded).
/// </summary>
public sealed class SalesStats(BookerDbContext db)
{
    public async Task<SalesStatsView> ReadAsync(StatsScope scope, CancellationToken ct)
    {
        var days = await db.Database.QueryBatchAsync([SqlBatch.Command($"""
            WITH sold AS (
                SELECT (b.created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS bookings, sum(b.total_amount) AS revenue
                FROM bookings b JOIN flights f ON f.id = b.flight_id
                WHERE b.booking_status = {BookingStatus.Confirmed}
                  AND b.created_at >= {scope.StartInstant} AND b.created_at < {scope.EndInstant} AND {scope.FliesRoute("f")}
                GROUP BY 1)
            SELECT d.day, coalesce(s.bookings, 0)::int AS bookings, coalesce(s.revenue, 0)::numeric(14, 2) AS revenue
            FROM ({scope.Days}) d LEFT JOIN sold s USING (day)
            ORDER BY d.day
            """)], async (reader, token) =>
        {
            var rows = new List<SalesDay>();
            while (await reader.ReadAsync(token))
                rows.Add(new SalesDay(reader.GetFieldValue<DateOnly>("day"), reader.GetInt32("bookings"), reader.GetDecimal("revenue")));
            return rows;
        }, ct);
        return new SalesStatsView(days, days.Sum(d => d.Bookings), days.Sum(d => d.Revenue));
    }
}
