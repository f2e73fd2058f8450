using System.Data;
using Npgsql;

namespace SkyHighBooker.Worker.Documents;

public sealed class DocumentJobOptions
{
    public const string Section = "Documents";
    public int LeaseSeconds { get; set; } = 30;
    /// <summary>Tries a render gets, a lapsed lease counting as one; then the job is failed for admins to see.</summary>
    public int MaxAttempts { get; set; } = 5;
    public int BatchSize { get; set; } = 4;
    public int IdlePollMilliseconds { get; set; } = 200;
    /// <summary>The longest wait between two tries of a withdrawal, which is never given up on (the object must go).</summary>
    public int MaxBackoffSeconds { get; set; } = 900;

    /// <summary>Three renewals per lease length, so one renewal lost to a database hiccup does not lose the lease.</summary>
    public TimeSpan RenewEvery => TimeSpan.FromSeconds(LeaseSeconds / 3.0);
}

/// <summary>
/// The document outbox as a work queue shared by any number of Workers. A claim takes due jobs with
/// FOR UPDATE SKIP LOCKED and gives each a lease, renewed while the job is worked on; a Worker that dies leaves its
/// lease to lapse, and the job is claimed again, as another attempt: a job whose lease lapsed on its last attempt is
/// failed instead, so a job that kills its Worker cannot kill Workers forever. Withdrawing jobs (their booking ended)
/// are claimed the same way, to delete their object. Storing, deleting, completing and failing need the claim's
/// lease token, so a Worker that lost its lease changes nothing.
/// </summary>
public sealed class DocumentJobQueue(NpgsqlDataSource database, DocumentJobOptions options, TimeProvider clock)
{
    private static readonly SqlColumns ClaimedColumns = new("document_jobs",
        "id", "booking_id", "kind", "passenger_position", "object_key", "attempts", "lease_token");

    public Task<IReadOnlyList<ClaimedJob>> ClaimAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return database.QueryBatchAsync([SqlBatch.Command($"""
            WITH due AS (
                SELECT id, status = {DocumentJobStatus.Rendering} AND attempts >= {options.MaxAttempts} AS exhausted FROM document_jobs
                WHERE (status = {DocumentJobStatus.Pending} AND next_attempt_at <= {now})
                   OR (status = {DocumentJobStatus.Withdrawing} AND next_attempt_at <= {now} AND (lease_expires_at IS NULL OR lease_expires_at < {now}))
                   OR (status = {DocumentJobStatus.Rendering} AND lease_expires_at < {now})
                ORDER BY next_attempt_at
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED),
            given_up AS (
                UPDATE document_jobs j SET status = {DocumentJobStatus.Failed}, lease_token = NULL, lease_expires_at = NULL, updated_at = {now},
                    last_error = 'lease lapsed on attempt ' || j.attempts || ' of ' || {options.MaxAttempts} || ': the Worker died while rendering'
                FROM due WHERE j.id = due.id AND due.exhausted)
            UPDATE document_jobs j
            SET status = CASE WHEN j.status = {DocumentJobStatus.Withdrawing} THEN {DocumentJobStatus.Withdrawing} ELSE {DocumentJobStatus.Rendering} END,
                attempts = j.attempts + 1, lease_token = gen_random_uuid(),
                lease_expires_at = {now.AddSeconds(options.LeaseSeconds)}, updated_at = {now}
            FROM due
            WHERE j.id = due.id AND NOT due.exhausted
            RETURNING {ClaimedColumns.ListOf("j")}, j.status = {DocumentJobStatus.Withdrawing} AS withdrawing
            """)], ReadClaimsAsync, ct);
    }

    private static async Task<IReadOnlyList<ClaimedJob>> ReadClaimsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var (id, bookingId, kind, position, objectKey, attempts, leaseToken, withdrawing) = (reader.GetOrdinal("id"), reader.GetOrdinal("booking_id"),
            reader.GetOrdinal("kind"), reader.GetOrdinal("passenger_position"), reader.GetOrdinal("object_key"), reader.GetOrdinal("attempts"),
            reader.GetOrdinal("lease_token"), reader.GetOrdinal("withdrawing"));
        var jobs = new List<ClaimedJob>();
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(new ClaimedJob(reader.GetGuid(id), reader.GetGuid(bookingId), reader.GetString(kind),
                reader.IsDBNull(position) ? null : reader.GetInt32(position), reader.GetString(objectKey), reader.GetInt32(attempts),
                reader.GetGuid(leaseToken), reader.GetBoolean(withdrawing)));
        }
        return jobs;
    }

    /// <summary>Extends the lease by its length from now; false when this Worker no longer holds it.</summary>
    public async Task<bool> RenewAsync(ClaimedJob job, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await database.ExecuteBatchAsync([SqlBatch.Command($"""
            UPDATE document_jobs SET lease_expires_at = {now.AddSeconds(options.LeaseSeconds)}, updated_at = {now}
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken}
            """)], ct) == 1;
    }

    /// <summary>Stores the rendered PDF and marks the job ready, only while this Worker holds the lease (see <see cref="FinishAsync"/>).</summary>
    public Task<bool> CompleteAsync(ClaimedJob job, Func<CancellationToken, Task> store, CancellationToken ct) =>
        FinishAsync(job, DocumentJobStatus.Ready, store, ct);

    /// <summary>Deletes the job's object and marks the job withdrawn, only while this Worker holds the lease.</summary>
    public Task<bool> WithdrawAsync(ClaimedJob job, Func<CancellationToken, Task> delete, CancellationToken ct) =>
        FinishAsync(job, DocumentJobStatus.Withdrawn, delete, ct);

    /// <summary>
    /// Writes the job's object and ends the job as <paramref name="outcome"/>, or, when this Worker no longer holds the
    /// lease, does neither and answers false.
    /// </summary>
    private async Task<bool> FinishAsync(ClaimedJob job, string outcome, Func<CancellationToken, Task> writeObject, CancellationToken ct)
    {
        // Checking the lease and then uploading would let a Worker that loses the lease between the two (it lapsed and
        // another Worker claimed the job, or the booking was cancelled and the job set withdrawing) upload anyway: after a
        // cancellation, a deleted boarding pass would come back. So the job's row stays locked (FOR UPDATE) from the check
        // through the upload to the status change. The Api's withdrawal UPDATE of the row waits for an upload under way,
        // so the delete that follows it comes after the upload; a claim skips the locked row instead of taking it over.
        // The write is bounded by the lease length: a hanging S3 must not hold a cancellation waiting for longer.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(options.LeaseSeconds));
        await using var connection = await database.OpenConnectionAsync(bounded.Token);
        await using var transaction = await connection.BeginTransactionAsync(bounded.Token);
        var held = await connection.QueryBatchAsync(transaction, [SqlBatch.Command($"""
            SELECT 1 FROM document_jobs
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken}
              AND status = {(job.Withdrawing ? DocumentJobStatus.Withdrawing : DocumentJobStatus.Rendering)}
            FOR UPDATE
            """)], (reader, token) => reader.ReadAsync(token), bounded.Token);
        if (!held) return false;
        await writeObject(bounded.Token);
        var now = clock.GetUtcNow();
        await connection.ExecuteBatchAsync(transaction, [SqlBatch.Command($"""
            UPDATE document_jobs SET status = {outcome}, lease_token = NULL, lease_expires_at = NULL, last_error = NULL,
                completed_at = {now}, updated_at = {now}
            WHERE id = {job.Id}
            """)], bounded.Token);
        await transaction.CommitAsync(bounded.Token);
        return true;
    }

    /// <summary>
    /// Back off exponentially (2, 4, 8… seconds); after the last attempt a render is failed for admins to see. A
    /// withdrawal is tried again, at most <see cref="DocumentJobOptions.MaxBackoffSeconds"/> apart, until its object is gone.
    /// </summary>
    public async Task FailAsync(ClaimedJob job, string error, CancellationToken ct)
    {
        var status = job.Withdrawing ? DocumentJobStatus.Withdrawing
            : job.Attempts >= options.MaxAttempts ? DocumentJobStatus.Failed : DocumentJobStatus.Pending;
        var now = clock.GetUtcNow();
        var nextAttempt = JobRetry.NextAttemptAt(now, job.Attempts, options.MaxBackoffSeconds);
        await database.ExecuteBatchAsync([SqlBatch.Command($"""
            UPDATE document_jobs SET status = {status}, next_attempt_at = {nextAttempt}, last_error = {JobRetry.LastError(error)},
                lease_token = NULL, lease_expires_at = NULL, updated_at = {now}
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken}
            """)], ct);
    }
}
