using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SkyHighBooker.Api.Infrastructure;

/// <summary>
/// Serialises start-up's schema work between every Api that starts at once over one database (AppHost replicas, Lambda
/// cold starts, test hosts): the first migrates and seeds, the others wait on a PostgreSQL session advisory lock and
/// then find nothing left to do. EF's MigrateAsync alone is not safe here: two Apis on a new database both issue
/// CREATE DATABASE (one fails) and then both create the same tables.
/// </summary>
public sealed class DatabaseStartupLock : IAsyncDisposable
{
    // Any constant works: it only has to be the same for every Api, and differ from the seeder's own lock.
    private const long LockKey = 0x57A2_7000;

    private readonly NpgsqlConnection connection;

    private DatabaseStartupLock(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>Creates the database if no one has yet, then waits until no other Api holds the start-up lock and takes it.</summary>
    public static async Task<DatabaseStartupLock> AcquireAsync(BookerDbContext db, CancellationToken ct)
    {
        await EnsureDatabaseExistsAsync(db, ct);
        // Unpooled: the lock lives as long as this session; if this Api dies mid-migration, PostgreSQL ends the
        // session and the next Api in line takes over. CloneWith keeps the password, which an opened connection's
        // string no longer shows.
        var context = (NpgsqlConnection)db.Database.GetDbConnection();
        var connection = context.CloneWith(new NpgsqlConnectionStringBuilder(context.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            // No timeout: the wait is as long as another Api's first seed, which on a loaded machine takes minutes.
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
            return new DatabaseStartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // An advisory lock needs the database to exist, and two Apis creating it at once race: the loser's CREATE DATABASE
    // fails as a duplicate (or, caught mid-insert, a unique violation on pg_database), which only means it is there.
    private static async Task EnsureDatabaseExistsAsync(BookerDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct)) return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }

    /// <summary>Ends the unpooled session, which releases the lock.</summary>
    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
