using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Idempotency;

/// <summary>
/// One write under the caller's Idempotency-Key, in two round trips to the database: the key is looked up along with
/// the operation's first reads (<see cref="ReadAsync{T}"/>), and claimed together with the operation's writes and the
/// commit (<see cref="CommitAsync"/>), so the key and the writes stand or fall together. A key already in use ends
/// the operation with <see cref="IdempotencyKeyInUse"/>, which <see cref="IdempotentEndpoint"/> answers.
/// </summary>
public sealed class IdempotentWrite(BookerDbContext db, IdempotencyKeys keys, TimeProvider clock, JsonSerializerOptions json,
    string userId, string key, string operation, string requestHash)
{
    /// <summary>The committed answer as stored and sent, once <see cref="CommitAsync"/> succeeded.</summary>
    public string? StoredBody { get; private set; }

    public async Task<T> ReadAsync<T>(IEnumerable<NpgsqlBatchCommand> reads, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        var (found, result) = await db.Database.QueryBatchAsync([IdempotencyKeys.LookupCommand(userId, key, clock.GetUtcNow()), .. reads],
            async (reader, token) =>
            {
                var found = await IdempotencyKeys.ReadFoundAsync(reader, userId, key, token);
                await reader.NextResultAsync(token);
                return (found, await read(reader, token));
            }, ct);
        if (found is not null) throw new IdempotencyKeyInUse(found);
        return result;
    }

    /// <summary>
    /// For an operation told by another service (Stripe's own idempotency) that a concurrent request with the same key
    /// is under way: waits a little for that request to commit, then ends this one with <see cref="IdempotencyKeyInUse"/>
    /// so it replays that answer. Returns if the key is still unclaimed after the wait (that request is slow or failed).
    /// </summary>
    public async Task AwaitConcurrentClaimAsync(CancellationToken ct)
    {
        foreach (var wait in ConcurrentClaimWaits)
        {
            await Task.Delay(wait, clock, ct);
            var found = await db.Database.QueryBatchAsync([IdempotencyKeys.LookupCommand(userId, key, clock.GetUtcNow())],
                (reader, token) => IdempotencyKeys.ReadFoundAsync(reader, userId, key, token), ct);
            if (found is not null) throw new IdempotencyKeyInUse(found);
        }
    }

    /// <summary>About 1.5 s in all: the concurrent request has had its answer from Stripe and has one round trip left.</summary>
    private static readonly TimeSpan[] ConcurrentClaimWaits = [.. new[] { 25, 50, 100, 200, 400, 800 }.Select(ms => TimeSpan.FromMilliseconds(ms))];

    /// <summary>
    /// Claims the key with <paramref name="answer"/>, runs <paramref name="writes"/> and commits, in one round trip.
    /// A failing write throws its <see cref="PostgresException"/> with everything rolled back (the key stays unused).
    /// </summary>
    public async Task CommitAsync(OperationOutcome.Success answer, IEnumerable<NpgsqlBatchCommand> writes, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(answer.Body, answer.Body.GetType(), json);
        var inUse = false;
        // Npgsql sends the BEGIN with the batch; the COMMIT ends it, so disposing the transaction afterwards sends
        // nothing, and rolls back when a statement failed (PostgreSQL then skipped the rest, COMMIT included).
        await using (await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await db.Database.ExecuteBatchAsync(
                    [.. IdempotencyKeys.ClaimCommands(userId, key, operation, requestHash, answer.Status, body, clock.GetUtcNow()), .. writes, new NpgsqlBatchCommand("COMMIT")],
                    ct);
            }
            catch (PostgresException error) when (IdempotencyKeys.MeansInUse(error))
            {
                inUse = true;
            }
        }
        if (inUse) throw new IdempotencyKeyInUse(await keys.FindAsync(userId, key, ct));
        StoredBody = body;
    }
}

/// <summary>The key was used already (by an earlier request, or a concurrent one that committed first).</summary>
public sealed class IdempotencyKeyInUse(IdempotencyRecord record) : Exception($"Idempotency key {record.Key} is in use")
{
    public IdempotencyRecord Record { get; } = record;
}
