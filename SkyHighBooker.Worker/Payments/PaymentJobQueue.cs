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
public sealed class PaymentJobQueue(NpgsqlDataSource database, PaymentJobOptions options)
{
    public async Task<IReadOnlyList<ClaimedPaymentJob>> ClaimAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand("""
            UPDATE payment_jobs j
            SET status = 'running', attempts = j.attempts + 1, lease_token = gen_random_uuid(),
                lease_expires_at = now() + make_interval(secs => $1), updated_at = now()
            FROM (
                SELECT id FROM payment_jobs
                WHERE (status = 'pending' AND next_attempt_at <= now())
                   OR (status = 'running' AND lease_expires_at < now())
                ORDER BY next_attempt_at
                LIMIT $2
                FOR UPDATE SKIP LOCKED
            ) due, payments p
            WHERE j.id = due.id AND p.id = j.payment_id
            RETURNING j.id, j.payment_id, j.kind, j.attempts, j.lease_token, p.transaction_id
            """);
        command.Parameters.Add(new() { Value = (double)options.LeaseSeconds });
        command.Parameters.Add(new() { Value = options.BatchSize });
        var jobs = new List<ClaimedPaymentJob>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(new ClaimedPaymentJob(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3), reader.GetGuid(4), reader.GetString(5)));
        }
        return jobs;
    }

    /// <summary>
    /// Ends the job, and with a refund made the payment becomes refunded, in one statement: only while this Worker
    /// still holds the lease, so a Worker that lost it changes nothing.
    /// </summary>
    public async Task<bool> CompleteAsync(ClaimedPaymentJob job, StripeOutcome outcome, CancellationToken ct)
    {
        await using var command = database.CreateCommand("""
            WITH done AS (
                UPDATE payment_jobs SET status = 'done', lease_token = NULL, lease_expires_at = NULL, last_error = NULL,
                    completed_at = now(), updated_at = now()
                WHERE id = $1 AND lease_token = $2 AND status = 'running'
                RETURNING payment_id),
            refunded AS (
                UPDATE payments p SET payment_status = 'refunded', refund_id = coalesce($4, p.refund_id), updated_at = now()
                FROM done WHERE p.id = done.payment_id AND $3 AND p.payment_status IN ('refunding', 'cancelled')
                RETURNING p.id)
            SELECT EXISTS (SELECT 1 FROM done)
            """);
        command.Parameters.Add(new() { Value = job.Id });
        command.Parameters.Add(new() { Value = job.LeaseToken });
        command.Parameters.Add(new() { Value = outcome.Refunded });
        command.Parameters.Add(new() { Value = (object?)outcome.RefundId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Tries again later, backing off (2, 4, 8… seconds, at most <see cref="PaymentJobOptions.MaxBackoffSeconds"/>).</summary>
    public async Task RetryLaterAsync(ClaimedPaymentJob job, string error, CancellationToken ct)
    {
        await using var command = database.CreateCommand("""
            UPDATE payment_jobs SET status = 'pending', next_attempt_at = now() + make_interval(secs => $3), last_error = $4,
                lease_token = NULL, lease_expires_at = NULL, updated_at = now()
            WHERE id = $1 AND lease_token = $2
            """);
        command.Parameters.Add(new() { Value = job.Id });
        command.Parameters.Add(new() { Value = job.LeaseToken });
        command.Parameters.Add(new() { Value = Math.Min(Math.Pow(2, job.Attempts), options.MaxBackoffSeconds) });
        command.Parameters.Add(new() { Value = error.Length > 2000 ? error[..2000] : error });
        await command.ExecuteNonQueryAsync(ct);
    }
}
