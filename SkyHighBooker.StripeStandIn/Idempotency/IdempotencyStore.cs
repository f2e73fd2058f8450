using System.Collections.Concurrent;

namespace SkyHighBooker.StripeStandIn.Idempotency;

/// <summary>An answer saved under an Idempotency-Key, with what the first request sent.</summary>
public sealed record SavedResponse(
    string Endpoint,
    string Parameters,
    int StatusCode,
    string ContentType,
    byte[] Body,
    string? OriginalRequestId,
    DateTimeOffset SavedAt);

/// <summary>
/// Answers saved by Idempotency-Key for 24 hours, in memory. Requests with the same key are handled one at a
/// time (a retry that arrives while the first is still running waits for it and then gets its answer).
/// </summary>
public sealed class IdempotencyStore(TimeProvider clock)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private const int LockStripes = 64;

    private readonly ConcurrentDictionary<string, SavedResponse> _saved = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    public async Task<IDisposable> LockAsync(string key, CancellationToken cancellationToken)
    {
        var gate = _locks[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % LockStripes];
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public SavedResponse? Find(string key) =>
        _saved.TryGetValue(key, out var saved) && clock.GetUtcNow() - saved.SavedAt < Retention ? saved : null;

    public void Save(string key, SavedResponse response)
    {
        _saved[key] = response with { SavedAt = clock.GetUtcNow() };
        PurgeExpired();
    }

    private void PurgeExpired()
    {
        var now = clock.GetUtcNow();
        if (now - _lastPurge < TimeSpan.FromMinutes(1))
        {
            return;
        }
        _lastPurge = now;
        foreach (var (key, saved) in _saved)
        {
            if (now - saved.SavedAt >= Retention)
            {
                _saved.TryRemove(key, out _);
            }
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
