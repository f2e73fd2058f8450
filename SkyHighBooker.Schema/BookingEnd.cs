using System.Data;
using Npgsql;

namespace SkyHighBooker.Schema;

/// <summary>
/// Ends live bookings — cancelled by a traveller or an admin, or expired unpaid — in one statement, on rows the caller
/// has already locked (<c>SELECT … FOR UPDATE</c> on the bookings first, so a payment settling at the same moment
/// either went before and is refunded here, or comes after and finds the booking ended). Everything the end calls for
/// happens in that statement: the seats go back on sale, a completed payment turns <c>refunding</c> and an open one
/// <c>cancelled</c>, each with a payment job that the Worker carries out at Stripe; boarding passes and
/// the confirmation are withdrawn (the Worker deletes their objects) and a cancellation is given its notice and the
/// email that sends it.
/// Here, beside the schema, because both end bookings: the Api (a traveller's or an admin's cancellation, a cancelled
/// flight) and the Worker (holds that lapsed unpaid, <c>HoldExpiry</c>).
/// </summary>
public static class BookingEnd
{
    public sealed record Ended(int Bookings, decimal Refunded);

    public static NpgsqlBatchCommand Command(Guid[] bookingIds, string endStatus, DateTimeOffset now)
    {
        var notice = endStatus == BookingStatus.Cancelled;
        return SqlBatch.Command($"""
            WITH ended AS (
                UPDATE bookings SET booking_status = {endStatus}, hold_expires_at = NULL, updated_at = {now}
                WHERE id = ANY({bookingIds}) AND booking_status IN ({BookingStatus.PendingPayment}, {BookingStatus.Confirmed})
                RETURNING id),
            refunding AS (
                UPDATE payments p SET payment_status = {PaymentStatus.Refunding}, updated_at = {now}
                FROM ended e WHERE p.booking_id = e.id AND p.payment_status = {PaymentStatus.Completed}
                RETURNING p.id, p.amount),
            voided AS (
                UPDATE payments p SET payment_status = {PaymentStatus.Cancelled}, updated_at = {now}
                FROM ended e WHERE p.booking_id = e.id AND p.payment_status IN ({PaymentStatus.Pending}, {PaymentStatus.Failed})
                RETURNING p.id),
            payment_work AS (
                INSERT INTO payment_jobs (payment_id, kind, next_attempt_at, created_at, updated_at)
                SELECT id, {PaymentJobKind.Refund}, {now}, {now}, {now} FROM refunding
                UNION ALL SELECT id, {PaymentJobKind.CancelIntent}, {now}, {now}, {now} FROM voided
                ON CONFLICT (payment_id, kind) DO NOTHING),
            seats AS (
                DELETE FROM seat_assignments s USING ended e WHERE s.booking_id = e.id),
            withdrawn AS (
                UPDATE document_jobs d SET status = {DocumentJobStatus.Withdrawing}, next_attempt_at = {now},
                    lease_token = NULL, lease_expires_at = NULL, updated_at = {now}
                FROM ended e WHERE d.booking_id = e.id AND d.kind IN ({DocumentKind.BoardingPass}, {DocumentKind.Confirmation})
                  AND d.status <> {DocumentJobStatus.Withdrawn}),
            notices AS (
                INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key, next_attempt_at, created_at, updated_at)
                SELECT gen_random_uuid(), e.id, {DocumentKind.CancellationNotice}, NULL, 'bookings/' || e.id || '/cancellation.pdf', {now}, {now}, {now}
                FROM ended e WHERE {notice}
                ON CONFLICT DO NOTHING),
            cancelled AS (SELECT id FROM ended WHERE {notice}),
            emails AS ({EmailOutbox.EmailsOf(EmailKind.BookingCancelled, "cancelled", now)})
            SELECT (SELECT count(*) FROM ended)::int AS bookings, coalesce((SELECT sum(amount) FROM refunding), 0) AS refunded
            """);
    }

    public static async Task<Ended> ReadAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        return new Ended(reader.GetInt32("bookings"), reader.GetDecimal("refunded"));
    }
}
