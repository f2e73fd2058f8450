using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Idempotency;

/// <summary>
/// Stripe-style idempotency: the first request with a key runs and its response is kept for 24 hours; a retry with
/// the same key and body gets that response again; the same key with another body is refused (422).
/// Keys belong to the user who sent them. The claim is a row inserted in the operation's own transaction, so a
/// concurrent retry waits for the first to commit and then replays it, and a failed first attempt leaves no trace.
/// </summary>
public sealed class IdempotencyKeys(BookerDbContext db, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 255;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public abstract record Claim
    {
        public sealed record Granted : Claim;
        public sealed record Replay(int Status, string Body) : Claim;
        public sealed record Mismatch : Claim;
    }

    public static string Hash<T>(string operation, T request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { operation, request })));

    /// <summary>Must run inside the transaction of the operation the key protects.</summary>
    public async Task<Claim> ClaimAsync(string userId, string key, string operation, string requestHash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // One round trip: a new key is inserted; a key past its 24 hours is taken over, as if never used; a live key
        // is left alone (and, while its first request is still running, this waits for that request to finish).
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_keys AS k (user_id, key, operation, request_hash, created_at, expires_at)
            VALUES ({userId}, {key}, {operation}, {requestHash}, {now}, {now + Retention})
            ON CONFLICT (user_id, key) DO UPDATE
                SET operation = excluded.operation, request_hash = excluded.request_hash, created_at = excluded.created_at,
                    expires_at = excluded.expires_at, response_status = NULL, response_body = NULL
                WHERE k.expires_at < {now}
            """, ct);
        if (claimed == 1) return new Claim.Granted();

        var existing = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.UserId == userId && r.Key == key, ct);
        if (existing.Operation != operation || existing.RequestHash != requestHash) return new Claim.Mismatch();
        // A committed claim always has its response: claims and responses are written in one transaction.
        return new Claim.Replay(existing.ResponseStatus!.Value, existing.ResponseBody!);
    }

    /// <summary>The statement that stores the response under the key, to send along with the operation's own last statements.</summary>
    public static NpgsqlBatchCommand CompleteCommand(string userId, string key, int status, string body) => SqlBatch.Command(
        $"UPDATE idempotency_keys SET response_status = {status}, response_body = {body} WHERE user_id = {userId} AND key = {key}");

    public Task<int> PurgeExpiredAsync(CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_keys WHERE expires_at < {clock.GetUtcNow()}", ct);
}
