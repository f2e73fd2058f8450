using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Schema;
using SkyHighBooker.Storage;
using SkyHighBooker.Testing;
using SkyHighBooker.Worker.Documents;
using SkyHighBooker.Worker.Emails;
using SkyHighBooker.Worker.Extensions;
using SkyHighBooker.Worker.RouteMaps;

namespace SkyHighBooker.Worker.Tests.Jobs;

/// <summary>The Worker's job services over a real PostgreSQL (schema from the Api's migrations), s3rver and smtp4dev.</summary>
public sealed class DocumentJobsFixture : IAsyncLifetime
{
    private LocalPostgresServer postgres = null!;
    public S3Emulator S3 { get; private set; } = null!;
    public Smtp4devServer Mail { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var startingPostgres = LocalPostgresServer.StartAsync();
        var startingS3 = S3Emulator.StartAsync();
        var startingMail = Smtp4devServer.StartAsync();
        postgres = await startingPostgres;
        S3 = await startingS3;
        Mail = await startingMail;
        ConnectionString = postgres.ConnectionString(BookerResources.Database);
        await using var db = NewDbContext();
        await db.Database.MigrateAsync();
        await new DatabaseSeeder(db, NullLogger<DatabaseSeeder>.Instance, TimeProvider.System).SeedAsync(3, CancellationToken.None);
    }

    public BookerDbContext NewDbContext() => new(new DbContextOptionsBuilder<BookerDbContext>()
        .UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention().Options);

    /// <summary>A Worker's services, as the Worker wires them; each call is a separate "Worker instance".</summary>
    public IHost NewWorker(params (string Key, string Value)[] settings) => NewWorker(TimeProvider.System, settings);

    /// <summary>A Worker instance on <paramref name="clock"/>, which the test moves instead of waiting.</summary>
    public IHost NewWorker(TimeProvider clock, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(clock);
        var configuration = new Dictionary<string, string?> { [$"ConnectionStrings:{BookerResources.Database}"] = ConnectionString };
        foreach (var (key, value) in S3.Settings().Concat(Mail.Settings()).Select(s => (s.Key, s.Value)).Concat(settings)) configuration[key] = value; // the test's settings win
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddDocumentRendering();
        builder.AddEmailJobs();
        builder.AddRouteMaps();
        return builder.Build();
    }

    /// <summary>A paid, confirmed booking with its document jobs and confirmation email recorded by the outboxes, as the
    /// payment's settlement records them. Its lead passenger (the email's recipient) is lead-{reference}@example.com.</summary>
    public async Task<(Guid BookingId, string Reference)> ConfirmedBookingAsync(params string[] passengerNames)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var reference = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var command = new NpgsqlCommand(
            """
            WITH flight AS (SELECT id, price FROM flights WHERE from_airport = 'JFK' AND to_airport = 'LAX' ORDER BY departure_time LIMIT 1),
            booking AS (
                INSERT INTO bookings (reference, user_id, flight_id, passenger_name, passenger_email, seat_number, booking_status, total_amount)
                SELECT $1, 'worker-test-user', id, $2[1], 'lead-' || lower($1) || '@example.com', '1A', 'confirmed', price * array_length($2, 1) FROM flight
                RETURNING id, total_amount
            ),
            passengers AS (
                INSERT INTO booking_passengers (booking_id, position, passenger_name, passenger_email, seat_number, cabin, fare)
                SELECT booking.id, n, $2[n], 'p' || n || '@example.com', n || 'A', 'economy', flight.price
                FROM booking, flight, generate_series(1, array_length($2, 1)) n
            ),
            segment AS (INSERT INTO booking_segments (booking_id, position, flight_id) SELECT booking.id, 1, flight.id FROM booking, flight),
            segment_seats AS (
                INSERT INTO segment_seats (booking_id, segment_position, flight_id, passenger_position, seat_number, cabin, fare)
                SELECT booking.id, 1, flight.id, n, n || 'A', 'economy', flight.price
                FROM booking, flight, generate_series(1, array_length($2, 1)) n
            ),
            payment AS (
                INSERT INTO payments (booking_id, user_id, payment_method, payment_status, amount, transaction_id, payment_gateway)
                SELECT id, 'worker-test-user', 'card', 'completed', total_amount, 'pi_' || $1, 'stripe' FROM booking
            )
            SELECT id FROM booking
            """, connection);
        command.Parameters.Add(new() { Value = reference });
        command.Parameters.Add(new() { Value = passengerNames });
        var bookingId = (Guid)(await command.ExecuteScalarAsync())!;
        await RecordConfirmationAsync(bookingId);
        return (bookingId, reference);
    }

    /// <summary>What confirming a booking records in the outboxes: its documents to render and its confirmation email.</summary>
    private async Task RecordConfirmationAsync(Guid bookingId)
    {
        await using var db = NewDbContext();
        var now = TimeProvider.System.UtcNowAsStored();
        await db.Database.ExecuteBatchAsync(
        [
            SqlBatch.Command($"WITH booking AS (SELECT {bookingId} AS id) {DocumentOutbox.ConfirmationDocumentsOf("booking", now)}"),
            SqlBatch.Command($"WITH booking AS (SELECT {bookingId} AS id) {EmailOutbox.EmailsOf(EmailKind.BookingConfirmed, "booking", now)}"),
        ], CancellationToken.None);
    }

    /// <summary>
    /// A paid, confirmed connection for two passengers: the first JFK→LAX flight, then the first flight out of LAX an
    /// hour or more after it lands; its documents and confirmation email recorded by the outboxes (the lead passenger,
    /// the email's recipient, is lead-{reference}@example.com). Returns the flights' numbers in order.
    /// </summary>
    public async Task<(Guid BookingId, string Reference, string[] FlightNumbers)> ConfirmedConnectionAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var reference = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var command = new NpgsqlCommand(
            """
            WITH first AS (SELECT id, price, to_airport, arrival_time FROM flights WHERE from_airport = 'JFK' AND to_airport = 'LAX' ORDER BY departure_time LIMIT 1),
            second AS (SELECT f.id, f.price FROM flights f, first WHERE f.from_airport = first.to_airport AND f.departure_time > first.arrival_time + interval '1 hour'
                       ORDER BY f.departure_time LIMIT 1),
            legs AS (SELECT 1 AS position, id, price FROM first UNION ALL SELECT 2, id, price FROM second),
            booking AS (
                INSERT INTO bookings (reference, user_id, flight_id, passenger_name, passenger_email, seat_number, booking_status, total_amount)
                SELECT $1, 'worker-test-user', first.id, 'Ada Lovelace', 'lead-' || lower($1) || '@example.com', '1A', 'confirmed',
                       2 * (SELECT sum(price) FROM legs) FROM first
                RETURNING id, total_amount
            ),
            passengers AS (
                INSERT INTO booking_passengers (booking_id, position, passenger_name, passenger_email, seat_number, cabin, fare)
                SELECT booking.id, n, (ARRAY['Ada Lovelace', 'Charles Babbage'])[n], 'p' || n || '@example.com', n || 'A', 'economy', (SELECT sum(price) FROM legs)
                FROM booking, generate_series(1, 2) n
            ),
            segments AS (INSERT INTO booking_segments (booking_id, position, flight_id) SELECT booking.id, legs.position, legs.id FROM booking, legs),
            seats AS (
                INSERT INTO segment_seats (booking_id, segment_position, flight_id, passenger_position, seat_number, cabin, fare)
                SELECT booking.id, legs.position, legs.id, n, (legs.position * 10 + n) || 'C', 'economy', legs.price FROM booking, legs, generate_series(1, 2) n
            ),
            payment AS (
                INSERT INTO payments (booking_id, user_id, payment_method, payment_status, amount, transaction_id, payment_gateway)
                SELECT id, 'worker-test-user', 'card', 'completed', total_amount, 'pi_' || $1, 'stripe' FROM booking
            )
            SELECT id FROM booking
            """, connection);
        command.Parameters.Add(new() { Value = reference });
        var bookingId = (Guid)(await command.ExecuteScalarAsync())!;
        var numbers = new List<string>();
        await using (var flights = new NpgsqlCommand(
            "SELECT f.flight_number FROM booking_segments g JOIN flights f ON f.id = g.flight_id WHERE g.booking_id = $1 ORDER BY g.position", connection))
        {
            flights.Parameters.Add(new() { Value = bookingId });
            await using var reader = await flights.ExecuteReaderAsync();
            while (await reader.ReadAsync()) numbers.Add(reader.GetString(0));
        }
        await RecordConfirmationAsync(bookingId);
        return (bookingId, reference, [.. numbers]);
    }

    /// <summary>Cancels the booking with the Api's own statement, as a traveller's cancellation does: the booking row
    /// locked first, then <see cref="BookingEnd"/> (payments refunding, boarding passes and confirmation withdrawing, a
    /// notice queued) in the same transaction.</summary>
    public async Task CancelBookingAsync(Guid bookingId)
    {
        await using var db = NewDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteBatchAsync(
        [
            SqlBatch.Command($"SELECT id FROM bookings WHERE id = {bookingId} FOR UPDATE"),
            BookingEnd.Command([bookingId], BookingStatus.Cancelled, TimeProvider.System.UtcNowAsStored()),
        ], CancellationToken.None);
        await transaction.CommitAsync();
    }

    /// <summary>One pass of a Worker's document processor: claims a batch and carries it out.</summary>
    public static async Task<int> ProcessAsync(IHost worker)
    {
        await using var scope = worker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentJobProcessor>().ProcessOnceAsync(CancellationToken.None);
    }

    /// <summary>Processes until a pass claims nothing.</summary>
    public static async Task DrainAsync(IHost worker)
    {
        for (var i = 0; i < 50 && await ProcessAsync(worker) > 0; i++) { }
    }

    public static async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(IHost worker)
    {
        await using var scope = worker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentJobQueue>().ClaimAsync(CancellationToken.None);
    }

    public static async Task<byte[]> DownloadAsync(IHost worker, string key)
    {
        using var response = await worker.Services.GetRequiredService<IAmazonS3>().GetObjectAsync(S3Emulator.Bucket, key);
        using var bytes = new MemoryStream();
        await response.ResponseStream.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    public static Task<bool> ExistsAsync(IHost worker, string key) =>
        worker.Services.GetRequiredService<FileStore>().ExistsAsync(key, CancellationToken.None);

    /// <summary>The names of the objects stored under the booking's prefix.</summary>
    public static async Task<IReadOnlyList<string>> StoredAsync(IHost worker, Guid bookingId)
    {
        var listing = await worker.Services.GetRequiredService<IAmazonS3>().ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = S3Emulator.Bucket,
            Prefix = $"bookings/{bookingId}/",
        });
        return (listing.S3Objects ?? []).Select(o => Path.GetFileName(o.Key)).Order().ToList();
    }

    public Task<T> ScalarAsync<T>(string sql, params object[] parameters) => Sql.ScalarAsync<T>(ConnectionString, sql, parameters);

    public async Task DisposeAsync()
    {
        await postgres.DisposeAsync();
        await S3.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DocumentJobsCollection : ICollectionFixture<DocumentJobsFixture>
{
    public const string Name = "document jobs over PostgreSQL and s3rver";
}
