using System.Data;
using Npgsql;

namespace SkyHighBooker.Worker.Emails;

public sealed class EmailJobOptions
{
    public const string Section = "EmailJobs";
    /// <summary>Also the longest an SMTP conversation may take: a send still under way when the lease would end is cancelled.</summary>
    public int LeaseSeconds { get; set; } = 60;
    public int BatchSize { get; set; } = 4;
    public int IdlePollMilliseconds { get; set; } = 500;
    /// <summary>The longest wait between two tries while the mail server is unreachable; an owed email is never given up on for that.</summary>
    public int MaxBackoffSeconds { get; set; } = 900;
}

/// <summary>An email job this Worker holds a lease on; the lease token proves it is still this Worker's.</summary>
public sealed record ClaimedEmailJob(Guid Id, Guid BookingId, string Kind, int Attempts, Guid LeaseToken);

/// <summary>
/// The email outbox as a work queue shared by any number of Workers, as <see cref="Payments.PaymentJobQueue"/> shares
/// refunds: claims take due jobs with FOR UPDATE SKIP LOCKED and a lease; a Worker that dies leaves its lease to lapse
/// and another claims the job. A job is due only once the documents its email carries are settled (stored, failed or
/// withdrawn), so a confirmation recorded with the payment waits in the queue for its PDFs without being tried.
///
/// Exactly once, here, means: one email per booking and kind is ever owed (the unique index), it is handed to the mail
/// server by one Worker at a time (the job's row stays locked from the lease check through the SMTP conversation to
/// "sent"), and it is marked sent in the transaction that holds that lock. What no outbox can close is a Worker dying
/// after the server accepted the message and before that commit: the job is sent again after the lease lapses. Both
/// copies carry the same Message-Id and X-Booking-Email header (<see cref="BookingEmailComposer"/>), so a mailbox or a
/// reader recognises the second as a duplicate of the first.
/// </summary>
public sealed class EmailJobQueue(NpgsqlDataSource database, EmailJobOptions options, TimeProvider clock)
{
    private static readonly SqlColumns ClaimedColumns = new("email_jobs", "id", "booking_id", "kind", "attempts", "lease_token");

    public Task<IReadOnlyList<ClaimedEmailJob>> ClaimAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return database.QueryBatchAsync([SqlBatch.Command($"""
            WITH due AS (
                SELECT e.id FROM email_jobs e
                WHERE ((e.status = {EmailJobStatus.Pending} AND e.next_attempt_at <= {now})
                    OR (e.status = {EmailJobStatus.Sending} AND e.lease_expires_at < {now}))
                  AND NOT EXISTS (
                    SELECT 1 FROM document_jobs d
                    WHERE d.booking_id = e.booking_id AND d.status IN ({DocumentJobStatus.Pending}, {DocumentJobStatus.Rendering})
                      AND ((e.kind = {EmailKind.BookingConfirmed} AND d.kind = ANY({EmailDocuments.Of(EmailKind.BookingConfirmed)}))
                        OR (e.kind = {EmailKind.BookingCancelled} AND d.kind = ANY({EmailDocuments.Of(EmailKind.BookingCancelled)}))))
                ORDER BY e.next_attempt_at
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED)
            UPDATE email_jobs j
            SET status = {EmailJobStatus.Sending}, attempts = j.attempts + 1, lease_token = gen_random_uuid(),
                lease_expires_at = {now.AddSeconds(options.LeaseSeconds)}, updated_at = {now}
            FROM due WHERE j.id = due.id
            RETURNING {ClaimedColumns.ListOf("j")}
            """)], ReadClaimsAsync, ct);
    }

    private static async Task<IReadOnlyList<ClaimedEmailJob>> ReadClaimsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var jobs = new List<ClaimedEmailJob>();
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(new ClaimedEmailJob(reader.GetGuid("id"), reader.GetGuid("booking_id"), reader.GetString("kind"), reader.GetInt32("attempts"),
                reader.GetGuid("lease_token")));
        }
        return jobs;
    }

    /// <summary>
    /// Hands the message to the mail server and marks the job sent, or, when this Worker no longer holds the lease,
    /// does neither and answers false.
    /// </summary>
    public async Task<bool> SendAsync(ClaimedEmailJob job, Func<CancellationToken, Task> send, CancellationToken ct)
    {
        // The row stays locked (FOR UPDATE) from the lease check through the SMTP conversation to the status change: a
        // claim skips a locked row, so even a lease that lapses mid-send cannot let a second Worker send the same email.
        // The send is bounded by the lease length, so a hanging server does not hold the row for longer.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(options.LeaseSeconds));
        await using var connection = await database.OpenConnectionAsync(bounded.Token);
        await using var transaction = await connection.BeginTransactionAsync(bounded.Token);
        if (!await HoldsLeaseAsync(connection, transaction, job, bounded.Token)) return false;
        await send(bounded.Token);
        await connection.ExecuteBatchAsync(transaction, [End(job, EmailJobStatus.Sent, null)], bounded.Token);
        await transaction.CommitAsync(bounded.Token);
        return true;
    }

    /// <summary>Ends the job without sending (its booking no longer calls for it, or the server refused it for good).</summary>
    public async Task<bool> EndUnsentAsync(ClaimedEmailJob job, string status, string reason, CancellationToken ct) =>
        await database.ExecuteBatchAsync([End(job, status, reason)], ct) == 1;

    private static async Task<bool> HoldsLeaseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ClaimedEmailJob job, CancellationToken ct) =>
        await connection.QueryBatchAsync(transaction, [SqlBatch.Command($"""
            SELECT 1 FROM email_jobs WHERE id = {job.Id} AND lease_token = {job.LeaseToken} AND status = {EmailJobStatus.Sending} FOR UPDATE
            """)], (reader, token) => reader.ReadAsync(token), ct);

    private NpgsqlBatchCommand End(ClaimedEmailJob job, string status, string? reason)
    {
        var now = clock.GetUtcNow();
        var lastError = new NpgsqlParameter { Value = (object?)reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text };
        return SqlBatch.Command($"""
            UPDATE email_jobs SET status = {status}, lease_token = NULL, lease_expires_at = NULL, last_error = {lastError},
                completed_at = {now}, updated_at = {now}
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken} AND status = {EmailJobStatus.Sending}
            """);
    }

    /// <summary>Tries again later, backing off (2, 4, 8… seconds, at most <see cref="EmailJobOptions.MaxBackoffSeconds"/>).</summary>
    public async Task RetryLaterAsync(ClaimedEmailJob job, string error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nextAttempt = JobRetry.NextAttemptAt(now, job.Attempts, options.MaxBackoffSeconds);
        await database.ExecuteBatchAsync([SqlBatch.Command($"""
            UPDATE email_jobs SET status = {EmailJobStatus.Pending}, next_attempt_at = {nextAttempt}, last_error = {JobRetry.LastError(error)},
                lease_token = NULL, lease_expires_at = NULL, updated_at = {now}
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken}
            """)], ct);
    }
}
