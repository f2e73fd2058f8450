using Npgsql;

namespace DocumentLoad;

/// <summary>A named set of bench bookings (bookings.user_id = 'documents-bench-NAME') and how they are confirmed.</summary>
public static class BookingSet
{
    private static readonly string[] Names =
    [
        "Luc Desmarais", "Élodie Tremblay-Gagnon", "Sam O'Neil", "Ana Lima", "Bjørn Ødegård", "Chloé Dubois", "Dmitri Volkov",
        "Emma Brown", "Fatima Zahra El Idrissi", "Grace Hopper", "Hiroshi Tanaka", "Zoë Müller", "Olivia Martínez", "Noah Kowalski",
        "Maximiliana Alexandra Konstantina von Hohenzollern-Sigmaringen", "Jean-Baptiste Lefèvre", "Aiko Yamamoto", "Liam O'Connor",
    ];

    public static string UserId(string set) => $"documents-bench-{set}";

    /// <summary>
    /// Bookings awaiting payment on seeded future flights, with their passengers (distinct seats, cabin by row, fare by
    /// cabin) and a pending card payment: what the Api has stored when Stripe's webhook arrives.
    /// </summary>
    public static async Task<IEnumerable<(string, string)>> CreateAsync(NpgsqlDataSource database, string set, int bookings, int passengers, int seed)
    {
        if (passengers is < 1 or > 9) throw new ArgumentException("--passengers must be 1 to 9");
        var random = new Random(seed);
        var flights = new List<(Guid Id, decimal Price)>();
        await using (var command = database.CreateCommand(
                         "SELECT id, price FROM flights WHERE departure_time > now() + interval '2 hours' ORDER BY id LIMIT 20000"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) flights.Add((reader.GetGuid(0), reader.GetDecimal(1)));
        }
        if (flights.Count == 0) throw new InvalidOperationException("no future flights are seeded");

        await using var connection = await database.OpenConnectionAsync();
        for (var created = 0; created < bookings;)
        {
            var flight = flights[random.Next(flights.Count)];
            var row = random.Next(1, 40);
            var cabin = row <= 4 ? "business" : row <= 9 ? "premium_economy" : "economy";
            var fare = Math.Round(flight.Price * (cabin == "business" ? 3.2m : cabin == "premium_economy" ? 1.6m : 1m), 2);
            var names = Enumerable.Range(0, passengers).Select(_ => Names[random.Next(Names.Length)]).ToArray();
            var emails = names.Select((n, i) => $"{new string(n.Where(char.IsAsciiLetter).Take(12).ToArray()).ToLowerInvariant()}.{i + 1}@example.com").ToArray();
            var seats = Enumerable.Range(0, passengers).Select(i => $"{row + i / 6}{"ABCDEF"[i % 6]}").ToArray();
            var reference = new string(Enumerable.Range(0, 6).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[random.Next(32)]).ToArray());
            await using var command = new NpgsqlCommand(
                """
                WITH booking AS (
                    INSERT INTO bookings (reference, user_id, flight_id, passenger_name, passenger_email, seat_number, booking_status,
                                          total_amount, hold_expires_at)
                    VALUES ($1, $2, $3, $4[1], $5[1], $6[1], 'pending_payment', $7 * array_length($4, 1), now() + interval '15 minutes')
                    RETURNING id, total_amount
                ),
                passengers AS (
                    INSERT INTO booking_passengers (booking_id, position, passenger_name, passenger_email, seat_number, cabin, fare)
                    SELECT booking.id, n, $4[n], $5[n], $6[n], $8, $7 FROM booking, generate_series(1, array_length($4, 1)) n
                ),
                segment AS (INSERT INTO booking_segments (booking_id, position, flight_id) SELECT id, 1, $3 FROM booking),
                segment_seats AS (
                    INSERT INTO segment_seats (booking_id, segment_position, flight_id, passenger_position, seat_number, cabin, fare)
                    SELECT booking.id, 1, $3, n, $6[n], $8, $7 FROM booking, generate_series(1, array_length($4, 1)) n
                ),
                payment AS (
                    INSERT INTO payments (booking_id, user_id, payment_method, payment_status, amount, transaction_id, payment_gateway)
                    SELECT id, $2, 'card', 'pending', total_amount, 'pi_bench_' || $1, 'stripe' FROM booking
                )
                SELECT id FROM booking
                """, connection);
            command.Parameters.Add(new() { Value = reference });
            command.Parameters.Add(new() { Value = UserId(set) });
            command.Parameters.Add(new() { Value = flight.Id });
            command.Parameters.Add(new() { Value = names });
            command.Parameters.Add(new() { Value = emails });
            command.Parameters.Add(new() { Value = seats });
            command.Parameters.Add(new() { Value = fare });
            command.Parameters.Add(new() { Value = cabin });
            try
            {
                await command.ExecuteScalarAsync();
                created++;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // the random reference was taken: draw another
            }
        }
        return [("created_bookings", bookings.ToString()), ("passengers_per_booking", passengers.ToString())];
    }

    /// <summary>The set's bookings still awaiting payment, with their Stripe PaymentIntent ids, oldest first.</summary>
    public static async Task<List<(Guid BookingId, string Intent)>> AwaitingPaymentAsync(NpgsqlDataSource database, string set)
    {
        await using var command = database.CreateCommand("""
            SELECT b.id, p.transaction_id FROM bookings b JOIN payments p ON p.booking_id = b.id
            WHERE b.user_id = $1 AND b.booking_status = 'pending_payment' AND p.payment_status = 'pending'
            ORDER BY b.created_at, b.id
            """);
        command.Parameters.Add(new() { Value = UserId(set) });
        var list = new List<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add((reader.GetGuid(0), reader.GetString(1)));
        if (list.Count == 0) throw new InvalidOperationException($"set '{set}' has no bookings awaiting payment (run create first)");
        return list;
    }

    /// <summary>
    /// The payment webhook's payment_intent.succeeded transaction (SkyHighBooker.Api/Payments/PaymentWebhook.cs), statement
    /// for statement and in the caller's transaction: lock the payment, complete it, confirm the booking, and record its
    /// documents with the Api's outbox SQL (SkyHighBooker.Api/Documents/DocumentOutbox.cs).
    /// </summary>
    public static async Task ConfirmAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid bookingId, string intent)
    {
        Guid paymentId;
        await using (var select = new NpgsqlCommand("SELECT id, payment_status FROM payments WHERE transaction_id = $1 FOR UPDATE", connection, transaction))
        {
            select.Parameters.Add(new() { Value = intent });
            await using var reader = await select.ExecuteReaderAsync();
            if (!await reader.ReadAsync() || reader.GetString(1) != "pending") throw new InvalidOperationException($"payment {intent} is not pending");
            paymentId = reader.GetGuid(0);
        }
        await Execute("UPDATE payments SET payment_status = 'completed', updated_at = now() WHERE id = $1", paymentId, expected: 1);
        await Execute("""
            UPDATE bookings SET booking_status = 'confirmed', hold_expires_at = NULL, updated_at = now()
            WHERE id = $1 AND booking_status = 'pending_payment'
            """, bookingId, expected: 1);
        await Execute("""
            INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key)
            SELECT gen_random_uuid(), $1, 'boarding_pass', p.position, 'bookings/' || $1 || '/boarding-pass-' || p.position || '.pdf'
            FROM booking_passengers p WHERE p.booking_id = $1
            UNION ALL SELECT gen_random_uuid(), $1, 'receipt', NULL, 'bookings/' || $1 || '/receipt.pdf'
            UNION ALL SELECT gen_random_uuid(), $1, 'confirmation', NULL, 'bookings/' || $1 || '/confirmation.pdf'
            ON CONFLICT DO NOTHING
            """, bookingId, expected: null);

        async Task Execute(string sql, Guid id, int? expected)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.Add(new() { Value = id });
            var rows = await command.ExecuteNonQueryAsync();
            if (expected is { } n && rows != n) throw new InvalidOperationException($"expected {n} row(s), got {rows}: {sql}");
        }
    }
}
