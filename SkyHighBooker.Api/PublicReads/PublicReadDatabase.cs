using Npgsql;

namespace SkyHighBooker.Api.PublicReads;

/// <summary>
/// Where public, staleness-tolerant reads (flight and itinerary searches, the fares calendar, a flight's details) go:
/// the read replica when ConnectionStrings:skyhighdb-replica is set, otherwise the primary. Everything else — seat
/// maps, bookings, payments, writes — goes through EF's context on the primary, so what a traveller books from is never a replica's lagging copy.
/// </summary>
public sealed class PublicReadDatabase(NpgsqlDataSource source, bool isReplica) : IAsyncDisposable
{
    /// <summary>How this pool's sessions show in pg_stat_activity.</summary>
    public const string ApplicationName = "skyhighbooker-api-public-reads";

    public NpgsqlDataSource Source { get; } = source;
    public bool IsReplica { get; } = isReplica;

    public static PublicReadDatabase Open(IConfiguration configuration)
    {
        var replica = configuration.GetConnectionString(BookerResources.DatabaseReplica);
        var connectionString = string.IsNullOrWhiteSpace(replica)
            ? configuration.GetConnectionString(BookerResources.Database)
            : replica;
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ApplicationName,
            // Skips the DISCARD ALL Npgsql prepends when a pooled connection is reused. Safe for this pool only: its one
            // user runs single SELECT batches outside transactions and sets no session state of its own (no SET, LISTEN,
            // temp tables or session advisory locks), so a reset would reset nothing. EF's pool, which writes and takes
            // locks, keeps its reset.
            NoResetOnClose = true,
            // A statement run again is prepared on that connection: PostgreSQL then skips parsing it, which for the
            // itinerary search cost more than running it (bench/itinerary-search: 4.0 ms unprepared against 0.3 ms
            // prepared, one client). The statements' texts are fixed shapes with their values as parameters, so a
            // handful of them cover every search.
            MaxAutoPrepare = 64,
        };
        return new PublicReadDatabase(NpgsqlDataSource.Create(settings), !string.IsNullOrWhiteSpace(replica));
    }

    /// <summary>
    /// Runs the read-only statements on a connection of this pool; a transient failure (a connection PostgreSQL's restart
    /// broke, the server briefly unreachable) is retried as EF's execution strategy retries the Api's other queries:
    /// three times, briefly, then it surfaces (a 503, see UpstreamProblems). Safe because these statements only read.
    /// </summary>
    public async Task<T> ReadAsync<T>(IReadOnlyList<NpgsqlBatchCommand> commands, Func<NpgsqlDataReader, CancellationToken, Task<T>> read,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Source.QueryBatchAsync(attempt == 1 ? commands : commands.Select(Copy), read, ct);
            }
            catch (NpgsqlException error) when (error.IsTransient && attempt <= MaxRetries && !ct.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
        }
    }

    private const int MaxRetries = 3;

    // A batch command belongs to the batch it ran in; a retry sends fresh ones with the same text and values.
    private static NpgsqlBatchCommand Copy(NpgsqlBatchCommand command)
    {
        var copy = new NpgsqlBatchCommand(command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters) copy.Parameters.Add(parameter.Clone());
        return copy;
    }

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
