using Npgsql;

namespace SkyHighBooker.Worker.Documents;

public sealed class DocumentJobOptions
{
    public const string Section = "Documents";
    public int LeaseSeconds { get; set; } = 30;
    public int MaxAttempts { get; set; } = 5;
    public int BatchSize { get; set; } = 4;
    public int IdlePollMilliseconds { get; set; } = 200;
}

/// <summary>
/// The document outbox as a work queue shared by any number of Workers. A claim takes due jobs with
/// FOR UPDATE SKIP LOCKED and gives each a lease; a Worker that dies leaves its lease to lapse, and the job is
/// claimed again. Completing or failing needs the claim's lease token, so a Worker that lost its lease changes nothing.
/// </summary>
public sealed class DocumentJobQueue(NpgsqlDataSource database, DocumentJobOptions options)
{
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand("""
            UPDATE document_jobs j
            SET status = 'rendering', attempts = j.attempts + 1, lease_token = gen_random_uuid(),
                lease_expires_at = now() + make_interval(secs => $1), updated_at = now()
            FROM (
                SELECT id FROM document_jobs
                WHERE (status = 'pending' AND next_attempt_at <= now())
                   OR (status = 'rendering' AND lease_expires_at < now())
                ORDER BY next_attempt_at
                LIMIT $2
                FOR UPDATE SKIP LOCKED
            ) due
            WHERE j.id = due.id
            RETURNING j.id, j.booking_id, j.kind, j.passenger_position, j.object_key, j.attempts, j.lease_token
            """);
        command.Parameters.Add(new() { Value = (double)options.LeaseSeconds });
        command.Parameters.Add(new() { Value = options.BatchSize });
        var jobs = new List<ClaimedJob>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(new ClaimedJob(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.GetString(4), reader.GetInt32(5), reader.GetGuid(6)));
        }
        return jobs;
    }

    public async Task<bool> CompleteAsync(ClaimedJob job, CancellationToken ct)
    {
        await using var command = database.CreateCommand("""
            UPDATE document_jobs SET status = 'ready', lease_token = NULL, lease_expires_at = NULL, last_error = NULL,
                completed_at = now(), updated_at = now()
            WHERE id = $1 AND lease_token = $2 AND status = 'rendering'
            """);
        command.Parameters.Add(new() { Value = job.Id });
        command.Parameters.Add(new() { Value = job.LeaseToken });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Back off exponentially (2, 4, 8… seconds); after the last attempt the job is failed for admins to see.</summary>
    public async Task FailAsync(ClaimedJob job, string error, CancellationToken ct)
    {
        var giveUp = job.Attempts >= options.MaxAttempts;
        await using var command = database.CreateCommand("""
            UPDATE document_jobs SET status = CASE WHEN $3 THEN 'failed' ELSE 'pending' END,
                next_attempt_at = now() + make_interval(secs => $4), last_error = $5,
                lease_token = NULL, lease_expires_at = NULL, updated_at = now()
            WHERE id = $1 AND lease_token = $2
            """);
        command.Parameters.Add(new() { Value = job.Id });
        command.Parameters.Add(new() { Value = job.LeaseToken });
        command.Parameters.Add(new() { Value = giveUp });
        command.Parameters.Add(new() { Value = Math.Pow(2, job.Attempts) });
        command.Parameters.Add(new() { Value = error.Length > 2000 ? error[..2000] : error });
        await command.ExecuteNonQueryAsync(ct);
    }
}
