using System.Data;
using Npgsql;

namespace SkyHighBooker.Worker.Payments;

public sealed class PaymentJobOptions
{
    public const string Section = "PaymentJobs";
    public int LeaseSeconds { get; set; } = 60;
    public int BatchSize { get; set; } = 8;
    public int IdlePollMilliseconds { get; set; } = 500;
    /// <summary>The longest wait between two tries: money owed is never given up on, only tried less often (admins see it as stuck).</summary>
    public int MaxBackoffSeconds { get; set; } = 900;
}

/// <summary>A payment job claimed with a lease: the payment's PaymentIntent and what to do with it.</summary>
public sealed record ClaimedPaymentJob(Guid Id, Guid PaymentId, string Kind, int Attempts, Guid LeaseToken, string IntentId);

/// <summary>
/// The payment outbox (refunds to make, PaymentIntents to close) as a work queue shared by any number of Workers, the
/// way <see cref="Documents.DocumentJobQueue"/> shares documents: claims take due jobs with FOR UPDATE SKIP LOCKED and
/// a lease; a Worker that dies leaves its lease to lapse and another claims the job; finishing needs the lease token.
/// </summary>
public sealed class PaymentJobQueue(NpgsqlDataSource database, PaymentJobOptions options, TimeProvider clock)
{
    private static readonly SqlColumns ClaimedColumns = new("payment_jobs", "id", "payment_id", "kind", "attempts", "lease_token");
    private static readonly SqlColumns IntentColumns = new("payments", "transaction_id");

    public Task<IReadOnlyList<ClaimedPaymentJob>> ClaimAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return database.QueryBatchAsync([SqlBatch.Command($"""
            UPDATE payment_jobs j
            SET status = {PaymentJobStatus.Running}, attempts = j.attempts + 1, lease_token = gen_random_uuid(),
                lease_expires_at = {now.AddSeconds(options.LeaseSeconds)}, updated_at = {now}
            FROM (
                SELECT id FROM payment_jobs
                WHERE (status = {PaymentJobStatus.Pending} AND next_attempt_at <= {now})
                   OR (status = {PaymentJobStatus.Running} AND lease_expires_at < {now})
                ORDER BY next_attempt_at
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED
            ) due, payments p
            WHERE j.id = due.id AND p.id = j.payment_id
            RETURNING {ClaimedColumns.ListOf("j")}, {IntentColumns.ListOf("p")}
            """)], ReadClaimsAsync, ct);
    }

    private static async Task<IReadOnlyList<ClaimedPaymentJob>> ReadClaimsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var (id, paymentId, kind, attempts, leaseToken, intentId) = (reader.GetOrdinal("id"), reader.GetOrdinal("payment_id"),
            reader.GetOrdinal("kind"), reader.GetOrdinal("attempts"), reader.GetOrdinal("lease_token"), reader.GetOrdinal("transaction_id"));
        var jobs = new List<ClaimedPaymentJob>();
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(new ClaimedPaymentJob(reader.GetGuid(id), reader.GetGuid(paymentId), reader.GetString(kind), reader.GetInt32(attempts),
                reader.GetGuid(leaseToken), reader.GetString(intentId)));
        }
        return jobs;
    }

    /// <summary>
    /// Ends the job, and with a refund made the payment becomes refunded, in one statement: only while this Worker
    /// still holds the lease, so a Worker that lost it changes nothing.
    /// </summary>
    public Task<bool> CompleteAsync(ClaimedPaymentJob job, StripeOutcome outcome, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var refundId = new NpgsqlParameter { Value = (object?)outcome.RefundId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar };
        return database.QueryBatchAsync([SqlBatch.Command($"""
            WITH done AS (
                UPDATE payment_jobs SET status = {PaymentJobStatus.Done}, lease_token = NULL, lease_expires_at = NULL, last_error = NULL,
                    completed_at = {now}, updated_at = {now}
                WHERE id = {job.Id} AND lease_token = {job.LeaseToken} AND status = {PaymentJobStatus.Running}
                RETURNING payment_id),
            refunded AS (
                UPDATE payments p SET payment_status = {PaymentStatus.Refunded}, refund_id = coalesce({refundId}, p.refund_id), updated_at = {now}
                FROM done WHERE p.id = done.payment_id AND {outcome.Refunded}
                  AND p.payment_status IN ({PaymentStatus.Refunding}, {PaymentStatus.Cancelled})
                RETURNING p.id)
            SELECT EXISTS (SELECT 1 FROM done) AS completed
            """)], async (reader, token) => await reader.ReadAsync(token) && reader.GetBoolean("completed"), ct);
    }

    /// <summary>Tries again later, backing off (2, 4, 8… seconds, at most <see cref="PaymentJobOptions.MaxBackoffSeconds"/>).</summary>
    public async Task RetryLaterAsync(ClaimedPaymentJob job, string error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nextAttempt = JobRetry.NextAttemptAt(now, job.Attempts, options.MaxBackoffSeconds);
        await database.ExecuteBatchAsync([SqlBatch.Command($"""
            UPDATE payment_jobs SET status = {PaymentJobStatus.Pending}, next_attempt_at = {nextAttempt}, last_error = {JobRetry.LastError(error)},
                lease_token = NULL, lease_expires_at = NULL, updated_at = {now}
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken}
            """)], ct);
    }
}
