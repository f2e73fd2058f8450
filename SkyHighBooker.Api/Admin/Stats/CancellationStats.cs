using System.Data;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin.Stats;

/// <param name="Day">A UTC day.</param>
/// <param name="Cancellations">Bookings cancelled that day, by their traveller or with their flight.</param>
/// <param name="Refunds">Refunds decided that day (a paid booking cancelled, or money that came too late), made or still to be made.</param>
/// <param name="RefundAmount">Their amounts, in USD to the cent.</param>
public sealed record CancellationDay(DateOnly Day, int Cancellations, int Refunds, decimal RefundAmount);

public sealed record CancellationStatsView(IReadOnlyList<CancellationDay> Days, int TotalCancellations, int TotalRefunds, decimal TotalRefundAmount);

/// <summary>
/// Cancellations and refunds per UTC day. A booking's end is its last change (nothing changes a cancelled booking),
/// so a cancellation's day is that of its <c>updated_at</c>; a refund's is that of its payment job, written with the
/// decision. Expired holds are neither: no money was taken.
/// </summary>
public sealed class CancellationStats(BookerDbContext db)
{
    public async Task<CancellationStatsView> ReadAsync(StatsScope scope, CancellationToken ct)
    {
        var days = await db.Database.QueryBatchAsync([SqlBatch.Command($"""
            WITH cancelled AS (
                SELECT (b.updated_at AT TIME ZONE 'UTC')::date AS day, count(*) AS cancellations
                FROM bookings b JOIN flights f ON f.id = b.flight_id
                WHERE b.booking_status = {BookingStatus.Cancelled}
                  AND b.updated_at >= {scope.StartInstant} AND b.updated_at < {scope.EndInstant} AND {scope.FliesRoute("f")}
                GROUP BY 1),
            refunds AS (
                SELECT (j.created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS refunds, sum(p.amount) AS amount
                FROM payment_jobs j JOIN payments p ON p.id = j.payment_id
                JOIN bookings b ON b.id = p.booking_id JOIN flights f ON f.id = b.flight_id
                WHERE j.kind = {PaymentJobKind.Refund}
                  AND j.created_at >= {scope.StartInstant} AND j.created_at < {scope.EndInstant} AND {scope.FliesRoute("f")}
                GROUP BY 1)
            SELECT d.day, coalesce(c.cancellations, 0)::int AS cancellations, coalesce(r.refunds, 0)::int AS refunds,
                   coalesce(r.amount, 0)::numeric(14, 2) AS refund_amount
            FROM ({scope.Days}) d LEFT JOIN cancelled c USING (day) LEFT JOIN refunds r USING (day)
            ORDER BY d.day
            """)], async (reader, token) =>
        {
            var rows = new List<CancellationDay>();
            while (await reader.ReadAsync(token))
                rows.Add(new CancellationDay(reader.GetFieldValue<DateOnly>("day"), reader.GetInt32("cancellations"),
                    reader.GetInt32("refunds"), reader.GetDecimal("refund_amount")));
            return rows;
        }, ct);
        return new CancellationStatsView(days, days.Sum(d => d.Cancellations), days.Sum(d => d.Refunds), days.Sum(d => d.RefundAmount));
    }
}
