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
/// their stored idempotency answers (which repeat passenger names) are deleted; and a job is queued for the Worker to
/// delete their files (<c>users/{id}/</c>). All of it commits or none of it does, and running it again finds nothing
/// left but re-queues the file deletion, so a retry after a crash is safe.
/// </summary>
public sealed class AccountErasure(TimeProvider clock)
{
    public const string ErasedName = "Deleted passenger";
    public const string ErasedEmail = "deleted@invalid";

    public async Task<OperationOutcome> EraseAsync(string userId, string idempotencyKey, IdempotentWrite write, CancellationToken ct)
    {
        var now = clock.UtcNowAsStored();
        var (future, all, refundable) = await write.ReadAsync([SqlBatch.Command($"""
            SELECT b.id, (b.booking_status IN ({BookingStatus.PendingPayment}, {BookingStatus.Confirmed}) AND f.departure_time > {now}) AS cancel,
                   coalesce((SELECT sum(p.amount) FROM payments p WHERE p.booking_id = b.id AND p.payment_status = {PaymentStatus.Completed}), 0) AS paid
            FROM bookings b JOIN flights f ON f.id = b.flight_id
            WHERE b.user_id = {userId}
            """)], ReadBookingsAsync, ct);

        // A fresh id per erasure in place of the Cognito sub: the airline can still tell one customer's bookings apart,
        // and nothing leads back to the person.
        var pseudonym = $"erased:{Guid.NewGuid():N}";
        var answer = new OperationOutcome.Success(StatusCodes.Status201Created,
            new AccountErasureView(future.Length, refundable, all.Length));
        await write.CommitAsync(answer,
        [
            SqlBatch.Command($"SELECT id FROM bookings WHERE id = ANY({future}) ORDER BY id FOR UPDATE"),
            BookingEnd.Command(future, BookingStatus.Cancelled, now),
            SqlBatch.Command($"""
                UPDATE booking_passengers SET passenger_name = {ErasedName}, passenger_email = {ErasedEmail}
                WHERE booking_id = ANY({all})
                """),
            SqlBatch.Command($"""
                UPDATE bookings SET passenger_name = {ErasedName}, passenger_email = {ErasedEmail}, user_id = {pseudonym}, updated_at = {now}
                WHERE id = ANY({all}) AND user_id = {userId}
                """),
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

    private static async Task<(Guid[] Future, Guid[] All, decimal Refundable)> ReadBookingsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var future = new List<Guid>();
        var all = new List<Guid>();
        var refundable = 0m;
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid("id");
            all.Add(id);
            if (!reader.GetBoolean("cancel")) continue;
            future.Add(id);
            refundable += reader.GetDecimal("paid");
        }
        return ([.. future], [.. all], refundable);
    }
}
