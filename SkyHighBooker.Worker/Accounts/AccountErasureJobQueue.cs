using Npgsql;

namespace SkyHighBooker.Worker.Accounts;

public sealed class AccountErasureJobOptions
{
    public const string Section = "AccountErasureJobs";
    public int LeaseSeconds { get; set; } = 60;
    public int BatchSize { get; set; } = 4;
    public int IdlePollMilliseconds { get; set; } = 1000;
    public int MaxBackoffSeconds { get; set; } = 900;
}

/// <summary>A deleted account's file erasure, claimed with a lease.</summary>
public sealed record ClaimedAccountErasureJob(Guid Id, string UserId, int Attempts, Guid LeaseToken);

/// <summary>
/// The account erasure outbox as a work queue shared by any number of Workers, like <see cref="Payments.PaymentJobQueue"/>:
/// claims take due jobs with FOR UPDATE SKIP LOCKED and a lease; a Worker that dies leaves its lease to lapse and
/// another claims the job; finishing needs the lease token. Deleting files twice is harmless, so a lapsed lease only
/// costs the work again.
/// </summary>
public sealed class AccountErasureJobQueue(NpgsqlDataSource database, AccountErasureJobOptions options, TimeProvider clock)
{
    private static readonly SqlColumns ClaimedColumns = new("account_erasure_jobs", "id", "user_id", "attempts", "lease_token");

    public Task<IReadOnlyList<ClaimedAccountErasureJob>> ClaimAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return database.QueryBatchAsync([SqlBatch.Command($"""
            UPDATE account_erasure_jobs j
            SET status = {AccountErasureJobStatus.Running}, attempts = j.attempts + 1, lease_token = gen_random_uuid(),
                lease_expires_at = {now.AddSeconds(options.LeaseSeconds)}, updated_at = {now}
            FROM (
                SELECT id FROM account_erasure_jobs
                WHERE (status = {AccountErasureJobStatus.Pending} AND next_attempt_at <= {now})
                   OR (status = {AccountErasureJobStatus.Running} AND lease_expires_at < {now})
                ORDER BY next_attempt_at
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED
            ) due
            WHERE j.id = due.id
            RETURNING {ClaimedColumns.ListOf("j")}
            """)], ReadClaimsAsync, ct);
    }

    private static async Task<IReadOnlyList<ClaimedAccountErasureJob>> ReadClaimsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var jobs = new List<ClaimedAccountErasureJob>();
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(new ClaimedAccountErasureJob(reader.GetGuid(reader.GetOrdinal("id")), reader.GetString(reader.GetOrdinal("user_id")),
                reader.GetInt32(reader.GetOrdinal("attempts")), reader.GetGuid(reader.GetOrdinal("lease_token"))));
        }
        return jobs;
    }

    /// <summary>Marks the job done, only while this Worker still holds the lease.</summary>
    public Task<bool> CompleteAsync(ClaimedAccountErasureJob job, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return database.QueryBatchAsync([SqlBatch.Command($"""
            UPDATE account_erasure_jobs SET status = {AccountErasureJobStatus.Done}, lease_token = NULL, lease_expires_at = NULL, last_error = NULL,
                completed_at = {now}, updated_at = {now}
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken} AND status = {AccountErasureJobStatus.Running}
            RETURNING id
            """)], async (reader, token) => await reader.ReadAsync(token), ct);
    }

    /// <summary>Tries again later, backing off (2, 4, 8… seconds, at most <see cref="AccountErasureJobOptions.MaxBackoffSeconds"/>).</summary>
    public async Task RetryLaterAsync(ClaimedAccountErasureJob job, string error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nextAttempt = JobRetry.NextAttemptAt(now, job.Attempts, options.MaxBackoffSeconds);
        await database.ExecuteBatchAsync([SqlBatch.Command($"""
            UPDATE account_erasure_jobs SET status = {AccountErasureJobStatus.Pending}, next_attempt_at = {nextAttempt},
                last_error = {JobRetry.LastError(error)}, lease_token = NULL, lease_expires_at = NULL, updated_at = {now}
            WHERE id = {job.Id} AND lease_token = {job.LeaseToken}
            """)], ct);
    }
}
