using System.Data;
using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin.Stats;

/// <summary>The jobs of one outbox, each in exactly one of the four counts.</summary>
/// <param name="Queued">Waiting for a Worker (documents to withdraw included).</param>
/// <param name="Running">Held by a Worker's lease now.</param>
/// <param name="Failed">Documents: given up after their last attempt. Payments: not done after
/// <see cref="AdminPaymentsApi.StuckAfterAttempts"/> tries (the Worker keeps trying them). Emails: refused for good by the
/// mail server, or not sent after <see cref="AdminEmailsApi.StuckAfterAttempts"/> tries (still tried) — what
/// <c>GET /api/admin/emails/failed</c> lists.</param>
/// <param name="Done">Stored or withdrawn documents; refunds made and payment intents closed; emails sent or skipped
/// (a skipped email is a finished decision, not a fault: its booking was cancelled before it went out, and the
/// cancellation email takes its place — as a withdrawn document counts as done).</param>
/// <param name="OldestOpenAgeSeconds">How long the oldest job neither done nor failed has waited, in whole seconds; null when there is none.</param>
public sealed record JobQueueHealth(int Queued, int Running, int Failed, int Done, long? OldestOpenAgeSeconds);

public sealed record JobHealthStatsView(JobQueueHealth Documents, JobQueueHealth Payments, JobQueueHealth Emails);

/// <summary>The document, payment and email outboxes' jobs recorded on the scope's UTC days, for bookings on its route.</summary>
public sealed class JobHealthStats(BookerDbContext db, TimeProvider clock)
{
    public Task<JobHealthStatsView> ReadAsync(StatsScope scope, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Database.QueryBatchAsync([
            SqlBatch.Command($"""
                SELECT count(*) FILTER (WHERE j.status IN ({DocumentJobStatus.Pending}, {DocumentJobStatus.Withdrawing}))::int AS queued,
                       count(*) FILTER (WHERE j.status = {DocumentJobStatus.Rendering})::int AS running,
                       count(*) FILTER (WHERE j.status = {DocumentJobStatus.Failed})::int AS failed,
                       count(*) FILTER (WHERE j.status IN ({DocumentJobStatus.Ready}, {DocumentJobStatus.Withdrawn}))::int AS done,
                       min(j.created_at) FILTER (WHERE j.status IN ({DocumentJobStatus.Pending}, {DocumentJobStatus.Withdrawing}, {DocumentJobStatus.Rendering})) AS oldest_open
                FROM document_jobs j JOIN bookings b ON b.id = j.booking_id JOIN flights f ON f.id = b.flight_id
                WHERE j.created_at >= {scope.StartInstant} AND j.created_at < {scope.EndInstant} AND {scope.FliesRoute("f")}
                """),
            SqlBatch.Command($"""
                SELECT count(*) FILTER (WHERE j.status = {PaymentJobStatus.Pending} AND j.attempts < {AdminPaymentsApi.StuckAfterAttempts})::int AS queued,
                       count(*) FILTER (WHERE j.status = {PaymentJobStatus.Running} AND j.attempts < {AdminPaymentsApi.StuckAfterAttempts})::int AS running,
                       count(*) FILTER (WHERE j.status <> {PaymentJobStatus.Done} AND j.attempts >= {AdminPaymentsApi.StuckAfterAttempts})::int AS failed,
                       count(*) FILTER (WHERE j.status = {PaymentJobStatus.Done})::int AS done,
                       min(j.created_at) FILTER (WHERE j.status <> {PaymentJobStatus.Done}) AS oldest_open
                FROM payment_jobs j JOIN payments p ON p.id = j.payment_id
                JOIN bookings b ON b.id = p.booking_id JOIN flights f ON f.id = b.flight_id
                WHERE j.created_at >= {scope.StartInstant} AND j.created_at < {scope.EndInstant} AND {scope.FliesRoute("f")}
                """),
            SqlBatch.Command($"""
                SELECT count(*) FILTER (WHERE j.status = {EmailJobStatus.Pending} AND j.attempts < {AdminEmailsApi.StuckAfterAttempts})::int AS queued,
                       count(*) FILTER (WHERE j.status = {EmailJobStatus.Sending} AND j.attempts < {AdminEmailsApi.StuckAfterAttempts})::int AS running,
                       count(*) FILTER (WHERE j.status = {EmailJobStatus.Failed}
                           OR (j.status IN ({EmailJobStatus.Pending}, {EmailJobStatus.Sending}) AND j.attempts >= {AdminEmailsApi.StuckAfterAttempts}))::int AS failed,
                       count(*) FILTER (WHERE j.status IN ({EmailJobStatus.Sent}, {EmailJobStatus.Skipped}))::int AS done,
                       min(j.created_at) FILTER (WHERE j.status IN ({EmailJobStatus.Pending}, {EmailJobStatus.Sending})) AS oldest_open
                FROM email_jobs j JOIN bookings b ON b.id = j.booking_id JOIN flights f ON f.id = b.flight_id
                WHERE j.created_at >= {scope.StartInstant} AND j.created_at < {scope.EndInstant} AND {scope.FliesRoute("f")}
                """),
        ], async (reader, token) =>
        {
            var documents = await ReadQueueAsync(reader, now, token);
            await reader.NextResultAsync(token);
            var payments = await ReadQueueAsync(reader, now, token);
            await reader.NextResultAsync(token);
            return new JobHealthStatsView(documents, payments, await ReadQueueAsync(reader, now, token));
        }, ct);
    }

    private static async Task<JobQueueHealth> ReadQueueAsync(NpgsqlDataReader reader, DateTimeOffset now, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        var oldest = reader.IsDBNull("oldest_open") ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>("oldest_open");
        return new JobQueueHealth(reader.GetInt32("queued"), reader.GetInt32("running"), reader.GetInt32("failed"), reader.GetInt32("done"),
            oldest is { } since ? Math.Max(0, (long)(now - since).TotalSeconds) : null);
    }
}
