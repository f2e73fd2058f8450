using System.Data;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Idempotency;

/// <summary>
/// Stripe-style idempotency: the first request with a key runs and its response is kept for 24 hours; a retry with
/// the same key and body gets that response again; the same key with another body is refused (422).
/// Keys belong to the user who sent them. A key is claimed by inserting it, with its response, in the operation's own
/// transaction: a concurrent retry's insert waits for the first to commit and then fails, and replays it; a failed
/// first attempt leaves no trace. This class holds the statements; <see cref="IdempotentWrite"/> sends them.
/// </summary>
public sealed class IdempotencyKeys(BookerDbContext db)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 255;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public static string Hash<T>(string operation, T request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { operation, request })));

    private static readonly SqlColumns FoundColumns = new("idempotency_keys", "operation", "request_hash", "response_status", "response_body");

    /// <summary>The key if it is in use (committed and not past its 24 hours); read with <see cref="ReadFoundAsync"/>.</summary>
    public static NpgsqlBatchCommand LookupCommand(string userId, string key, DateTimeOffset now) => SqlBatch.Command($"""
        SELECT {FoundColumns.ListOf("k")} FROM idempotency_keys k
        WHERE k.user_id = {userId} AND k.key = {key} AND k.expires_at >= {now}
        """);

    public static async Task<IdempotencyRecord?> ReadFoundAsync(NpgsqlDataReader reader, string userId, string key, CancellationToken ct) =>
        await reader.ReadAsync(ct)
            ? new IdempotencyRecord
            {
                UserId = userId, Key = key, Operation = reader.GetString("operation"),
                RequestHash = reader.GetString("request_hash"), ResponseStatus = reader.GetInt32("response_status"),
                ResponseBody = reader.GetString("response_body"),
            }
            : null;

    /// <summary>
    /// The claim, to send first in the operation's transaction: a key past its 24 hours is removed, as if never used,
    /// then the key is inserted with the response. A key in use fails the insert (<see cref="MeansInUse"/>), after
    /// waiting for its first request's transaction if that is still running.
    /// </summary>
    public static IEnumerable<NpgsqlBatchCommand> ClaimCommands(string userId, string key, string operation, string requestHash,
        int status, string body, DateTimeOffset now) =>
    [
        SqlBatch.Command($"DELETE FROM idempotency_keys WHERE user_id = {userId} AND key = {key} AND expires_at < {now}"),
        SqlBatch.Command($"""
            INSERT INTO idempotency_keys (user_id, key, operation, request_hash, response_status, response_body, created_at, expires_at)
            VALUES ({userId}, {key}, {operation}, {requestHash}, {status}, {body}, {now}, {now + Retention})
            """),
    ];

    public static bool MeansInUse(PostgresException error) =>
        error.SqlState == PostgresErrorCodes.UniqueViolation && error.TableName == "idempotency_keys";

    public Task<IdempotencyRecord> FindAsync(string userId, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.UserId == userId && r.Key == key, ct);
}
