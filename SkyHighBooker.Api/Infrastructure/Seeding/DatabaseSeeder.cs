using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Infrastructure.Seeding;

/// <summary>
/// Loads the airport catalog and the generated timetable for the next <see cref="SeedOptions.ScheduleDays"/> days.
/// Idempotent: airports are upserted, and days already recorded in seeded_schedule_days are skipped.
/// </summary>
public sealed class DatabaseSeeder(BookerDbContext db, ILogger<DatabaseSeeder> logger, TimeProvider clock)
{
    // Any constant works; it only has to be the same for every Api instance that may seed at once.
    private const long SeedLockKey = 0x5EED_F11E;
    // A first seed moves ~300,000 rows; on a loaded machine that outlasts the default 30-second command timeout.
    private const int SeedCommandTimeoutSeconds = 600;

    public async Task SeedAsync(int scheduleDays, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, [SqlBatch.Command($"SELECT pg_advisory_xact_lock({SeedLockKey})")], cancellationToken);

        await ExecuteAsync(connection, transaction, AirportCatalog.All.Select(entry => UpsertAirport(entry.Airport)), cancellationToken);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var wanted = Enumerable.Range(0, scheduleDays).Select(today.AddDays).ToList();
        var seeded = await SeededDaysAsync(connection, transaction, wanted[0], wanted[^1], cancellationToken);
        var missing = wanted.Where(day => !seeded.Contains(day)).ToList();
        if (missing.Count > 0)
        {
            var started = clock.GetTimestamp();
            var count = await CopyFlightsAsync(connection, transaction, missing, cancellationToken);
            await ExecuteAsync(connection, transaction, [SqlBatch.Command($"""
                INSERT INTO seeded_schedule_days (day, flight_count, seeded_at)
                SELECT unnest({missing.ToArray()}::date[]), {FlightSchedule.FlightsPerDay}, {clock.GetUtcNow()}
                """)], cancellationToken);
            logger.LogInformation("Seeded {FlightCount} flights on {DayCount} days in {Elapsed}",
                count, missing.Count, clock.GetElapsedTime(started));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand UpsertAirport(Airport airport) => SqlBatch.Command($"""
        INSERT INTO airports (code, city, name, country, time_zone, latitude, longitude)
        VALUES ({airport.Code}, {airport.City}, {airport.Name}, {airport.Country}, {airport.TimeZone}, {airport.Latitude}, {airport.Longitude})
        ON CONFLICT (code) DO UPDATE SET city = excluded.city, name = excluded.name, country = excluded.country,
            time_zone = excluded.time_zone, latitude = excluded.latitude, longitude = excluded.longitude
        """);

    private static Task<HashSet<DateOnly>> SeededDaysAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly first, DateOnly last, CancellationToken ct) =>
        connection.QueryBatchAsync(transaction, [SqlBatch.Command($"SELECT day FROM seeded_schedule_days WHERE day BETWEEN {first} AND {last}")],
            async (reader, token) =>
            {
                var days = new HashSet<DateOnly>();
                var day = reader.GetOrdinal("day");
                while (await reader.ReadAsync(token)) days.Add(reader.GetFieldValue<DateOnly>(day));
                return days;
            }, ct);

    // COPY into a staging table, then insert what does not clash with flights created by admins on those days.
    private static async Task<int> CopyFlightsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<DateOnly> days, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction,
            [SqlBatch.Command($"CREATE TEMP TABLE flights_seed (LIKE flights INCLUDING DEFAULTS) ON COMMIT DROP")], ct);
        await WriteStagingRowsAsync(connection, days, ct);
        return await ExecuteAsync(connection, transaction,
            [SqlBatch.Command($"INSERT INTO flights SELECT * FROM flights_seed ON CONFLICT DO NOTHING")], ct);
    }

    /// <summary>Like <see cref="SqlBatch.ExecuteBatchAsync(NpgsqlConnection, NpgsqlTransaction?, IEnumerable{NpgsqlBatchCommand}, CancellationToken)"/>, with the seed's long timeout.</summary>
    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = SeedCommandTimeoutSeconds };
        foreach (var command in commands) batch.BatchCommands.Add(command);
        return await batch.ExecuteNonQueryAsync(ct);
    }
    private static async Task WriteStagingRowsAsync(NpgsqlConnection connection, IEnumerable<DateOnly> days, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY flights_seed (id, flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
                          duration_minutes, aircraft, price, total_seats, available_seats)
            FROM STDIN (FORMAT BINARY)
            """, ct);
        writer.Timeout = TimeSpan.FromSeconds(SeedCommandTimeoutSeconds);
        foreach (var flight in days.SelectMany(FlightSchedule.FlightsOn))
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(flight.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(flight.FlightNumber, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(flight.Airline, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(flight.FromAirport, NpgsqlDbType.Char, ct);
            await writer.WriteAsync(flight.ToAirport, NpgsqlDbType.Char, ct);
            await writer.WriteAsync(flight.DepartureTime, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(flight.DepartureDate, NpgsqlDbType.Date, ct);
            await writer.WriteAsync(flight.ArrivalTime, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(flight.DurationMinutes, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(flight.Aircraft, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(flight.Price, NpgsqlDbType.Numeric, ct);
            await writer.WriteAsync(flight.TotalSeats, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(flight.AvailableSeats, NpgsqlDbType.Integer, ct);
        }
        await writer.CompleteAsync(ct);
    }
}
