using System.Data;
using Npgsql;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Accounts;

/// <summary>
/// Erases a user's data from the Api's side in one transaction, under their Idempotency-Key: every booking whose flight
/// has not departed is cancelled the way a traveller's cancellation does it (<see cref="BookingEnd"/>: seats released,
/// a completed payment turned <c>refunding</c> with a refund job for the Worker); every booking of theirs is kept for
/// the airline's records with the names and emails on it replaced and the link to the user cut; their Api profile and
/// their stored idempotency answers (which repeat passenger names) are deleted; emails not yet sent for their bookings
/// are skipped (the address is gone); the account is recorded as erased, so
/// nothing new can be filed under it (<see cref="ErasedAccounts"/>); and a job is queued for the Worker to delete
/// their files (<c>users/{id}/</c>). All of it commits or none of it does, and running it again finds nothing left but
/// re-queues the file deletion, so a retry after a crash is safe.
/// The answer (what was cancelled, refunded and anonymised) comes from a read before the transaction; under the
/// account's lock the transaction checks that read is still true — a booking made or paid in between fails it as a
/// serialization failure, which the execution strategy answers by running the whole erasure again.
/// </summary>
public sealed class AccountErasure(TimeProvider clock)
{
    public const string ErasedName = "Deleted passenger";
    public const string ErasedEmail = "deleted@invalid";

    public async Task<OperationOutcome> EraseAsync(string userId, string idempotencyKey, IdempotentWrite write, CancellationToken ct)
    {
        var now = clock.UtcNowAsStored();
        var bookings = AccountBookings(userId, now);
        var read = await write.ReadAsync([SqlBatch.Command($"{bookings} ORDER BY b.id")], ReadBookingsAsync, ct);
        var future = read.Where(b => b.Cancel).Select(b => b.Id).ToArray();
        var all = read.Select(b => b.Id).ToArray();
        var refundable = read.Where(b => b.Cancel).Sum(b => b.Paid);
        FormattableString asRead = $"SELECT * FROM unnest({all}, {read.Select(b => b.Cancel).ToArray()}, {read.Select(b => b.Paid).ToArray()}) AS r(id, cancel, paid)";

        // A fresh id per erasure in place of the Cognito sub: the airline can still tell one customer's bookings apart,
        // and nothing leads back to the person.
        var pseudonym = $"erased:{Guid.NewGuid():N}";
        var answer = new OperationOutcome.Success(StatusCodes.Status201Created,
            new AccountErasureView(future.Length, refundable, all.Length));
        await write.CommitAsync(answer,
        [
            ErasedAccounts.LockExclusively(userId),
            ErasedAccounts.Record(userId, now),
            SqlBatch.Command($"SELECT id FROM bookings WHERE user_id = {userId} ORDER BY id FOR UPDATE"),
            SqlBatch.Command($"SELECT assert_read_unchanged(({Fingerprint(bookings)}), ({Fingerprint(asRead)}))"),
            BookingEnd.Command(future, BookingStatus.Cancelled, now),
            SqlBatch.Command($"""
                UPDATE booking_passengers SET passenger_name = {ErasedName}, passenger_email = {ErasedEmail}
                WHERE booking_id = ANY({all})
                """),
            SqlBatch.Command($"""
                UPDATE bookings SET passenger_name = {ErasedName}, passenger_email = {ErasedEmail}, user_id = {pseudonym}, updated_at = {now}
                WHERE id = ANY({all}) AND user_id = {userId}
                """),
            // Nothing more is mailed to the person: their address is gone (the Worker would send to deleted@invalid).
            SqlBatch.Command($"""
                UPDATE email_jobs SET status = {EmailJobStatus.Skipped}, lease_token = NULL, lease_expires_at = NULL, updated_at = {now}
                WHERE booking_id = ANY({all}) AND status IN ({EmailJobStatus.Pending}, {EmailJobStatus.Sending})
                """),
            SqlBatch.Command($"UPDATE payments SET user_id = {pseudonym}, updated_at = {now} WHERE booking_id = ANY({all}) AND user_id = {userId}"),
            SqlBatch.Command($"DELETE FROM idempotency_keys WHERE user_id = {userId} AND key <> {idempotencyKey}"),
            SqlBatch.Command($"DELETE FROM users WHERE id = {userId}"),
            SqlBatch.Command($"""
                INSERT INTO account_erasure_jobs (user_id, kind, next_attempt_at, created_at, updated_at)
                VALUES ({userId}, {AccountErasureJobStatus.DeleteFilesKind}, {now}, {now}, {now})
                ON CONFLICT (user_id, kind) DO UPDATE
                SET status = {AccountErasureJobStatus.Pending}, next_attempt_at = {now}, lease_token = NULL, lease_expires_at = NULL, updated_at = {now}
                """),
        ], ct);
        return answer;
    }

    /// <summary>The user's bookings, whether each is still to fly (and so cancelled), and what was paid for it.</summary>
    private static FormattableString AccountBookings(string userId, DateTimeOffset now) => $"""
        SELECT b.id, (b.booking_status IN ({BookingStatus.PendingPayment}, {BookingStatus.Confirmed}) AND f.departure_time > {now}) AS cancel,
               coalesce((SELECT sum(p.amount) FROM payments p WHERE p.booking_id = b.id AND p.payment_status = {PaymentStatus.Completed}), 0) AS paid
        FROM bookings b JOIN flights f ON f.id = b.flight_id
        WHERE b.user_id = {userId}
        """;

    /// <summary>
    /// One text that changes whenever anything the answer is made of does, written by PostgreSQL both for the bookings as
    /// they are and as they were read (sent back as arrays), so both are spelt alike.
    /// </summary>
    private static FormattableString Fingerprint(FormattableString bookings) =>
        $"SELECT coalesce(string_agg(r.id || ':' || r.cancel || ':' || r.paid, ',' ORDER BY r.id), '') FROM ({bookings}) r";

    private sealed record BookingRead(Guid Id, bool Cancel, decimal Paid);

    private static async Task<List<BookingRead>> ReadBookingsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var bookings = new List<BookingRead>();
        while (await reader.ReadAsync(ct))
        {
            bookings.Add(new BookingRead(reader.GetGuid("id"), reader.GetBoolean("cancel"), reader.GetDecimal("paid")));
        }
        return bookings;
    }
}
