using System.Diagnostics;
using Npgsql;
using static DocumentLoad.Format;

namespace DocumentLoad;

/// <summary>
/// What the running Worker did with a set's document jobs, read from document_jobs: every time is PostgreSQL's now(),
/// so the bench's own clock and polling do not enter the numbers.
/// </summary>
public static class WorkerMeasurements
{
    private const string SetJobs = "document_jobs j JOIN bookings b ON b.id = j.booking_id WHERE b.user_id = $1";

    /// <summary>All of the set's bookings confirmed in one transaction; documents/s from its commit to the last job made ready.</summary>
    public static async Task<IEnumerable<(string, string)>> DrainAsync(NpgsqlDataSource database, string set, int timeoutSeconds, CpuUsage cpu)
    {
        var bookings = await BookingSet.AwaitingPaymentAsync(database, set);
        var cpuFrom = cpu.Take();
        DateTime committedAt;
        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var (bookingId, intent) in bookings) await BookingSet.ConfirmAsync(connection, transaction, bookingId, intent);
            // the jobs become visible to the Worker at the commit, not at now() (the transaction's start)
            await using var clock = new NpgsqlCommand("SELECT clock_timestamp()", connection, transaction);
            committedAt = (DateTime)(await clock.ExecuteScalarAsync())!;
            await transaction.CommitAsync();
        }
        var counts = await WaitUntilSettledAsync(database, set, timeoutSeconds);
        var cpuTo = cpu.Take();

        await using var stats = database.CreateCommand($"""
            SELECT count(*), count(*) FILTER (WHERE j.attempts > 1), extract(epoch FROM max(j.completed_at) - $2)::float8
            FROM {SetJobs} AND j.status = 'ready'
            """);
        stats.Parameters.Add(new() { Value = BookingSet.UserId(set) });
        stats.Parameters.Add(new() { Value = committedAt });
        await using var reader = await stats.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (ready, retried, seconds) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2));
        return new List<(string, string)>
        {
            ("bookings", bookings.Count.ToString()),
            ("documents", counts.Total.ToString()),
            ("ready", ready.ToString()),
            ("failed", counts.Failed.ToString()),
            ("retried", retried.ToString()),
            ("seconds", F(seconds)),
            ("documents_per_s", F(ready / seconds, "0.#")),
        }.Concat(CpuUsage.Lines(cpuFrom, cpuTo));
    }

    /// <summary>
    /// The set's bookings confirmed one by one at a steady rate while the Worker runs. Latency of a job: completed_at −
    /// created_at (the confirming transaction's start). While it runs, the jobs being rendered are sampled every 20 ms
    /// and their claim time read back from the lease (lease_expires_at − LeaseSeconds), to split each latency into the
    /// wait for a claim and the claim-to-ready work.
    /// </summary>
    public static async Task<IEnumerable<(string, string)>> SteadyAsync(NpgsqlDataSource database, string set, double rate, int timeoutSeconds, int leaseSeconds)
    {
        var bookings = await BookingSet.AwaitingPaymentAsync(database, set);
        using var stopSampling = new CancellationTokenSource();
        var claims = new Dictionary<Guid, DateTime>();
        var sampler = SampleClaimsAsync(database, leaseSeconds, claims, stopSampling.Token);

        var clock = Stopwatch.StartNew();
        double maxLag = 0;
        await using (var connection = await database.OpenConnectionAsync())
        {
            for (var i = 0; i < bookings.Count; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate);
                if (clock.Elapsed < due) await Task.Delay(due - clock.Elapsed);
                maxLag = Math.Max(maxLag, (clock.Elapsed - due).TotalSeconds);
                await using var transaction = await connection.BeginTransactionAsync();
                await BookingSet.ConfirmAsync(connection, transaction, bookings[i].BookingId, bookings[i].Intent);
                await transaction.CommitAsync();
            }
        }
        var confirmingSeconds = clock.Elapsed.TotalSeconds;
        var counts = await WaitUntilSettledAsync(database, set, timeoutSeconds);
        await stopSampling.CancelAsync();
        await sampler;

        var jobs = new List<(Guid Id, string Kind, Guid BookingId, DateTime Created, DateTime Completed)>();
        await using (var command = database.CreateCommand($"SELECT j.id, j.kind, j.booking_id, j.created_at, j.completed_at FROM {SetJobs} AND j.status = 'ready'"))
        {
            command.Parameters.Add(new() { Value = BookingSet.UserId(set) });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                jobs.Add((reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetDateTime(3), reader.GetDateTime(4)));
            }
        }

        static List<double> Sorted(IEnumerable<double> values) => values.Order().ToList();
        var passes = jobs.Where(j => j.Kind == "boarding_pass").ToList();
        var latency = Sorted(passes.Select(j => (j.Completed - j.Created).TotalSeconds));
        var allDocuments = Sorted(jobs.Select(j => (j.Completed - j.Created).TotalSeconds));
        var wholeBooking = Sorted(jobs.GroupBy(j => j.BookingId).Select(g => g.Max(j => (j.Completed - j.Created).TotalSeconds)));
        var seen = passes.Where(j => claims.ContainsKey(j.Id)).ToList();
        var waitForClaim = Sorted(seen.Select(j => (claims[j.Id] - j.Created).TotalSeconds));
        var claimToReady = Sorted(seen.Select(j => (j.Completed - claims[j.Id]).TotalSeconds));
        return
        [
            ("bookings", bookings.Count.ToString()),
            ("rate_per_s", F(rate)),
            ("achieved_rate_per_s", F(bookings.Count > 1 ? (bookings.Count - 1) / confirmingSeconds : rate, "0.##")),
            ("max_confirm_lag_s", F(maxLag)),
            ("documents", counts.Total.ToString()),
            ("failed", counts.Failed.ToString()),
            ("boarding_passes", passes.Count.ToString()),
            ("boarding_pass_p50_s", F(Percentile(latency, 50))),
            ("boarding_pass_p95_s", F(Percentile(latency, 95))),
            ("boarding_pass_p99_s", F(Percentile(latency, 99))),
            ("boarding_pass_max_s", F(latency.Count > 0 ? latency[^1] : double.NaN)),
            ("all_documents_p50_s", F(Percentile(allDocuments, 50))),
            ("all_documents_p95_s", F(Percentile(allDocuments, 95))),
            ("booking_all_ready_p95_s", F(Percentile(wholeBooking, 95))),
            ("claims_seen", seen.Count.ToString()),
            ("wait_for_claim_p50_s", F(Percentile(waitForClaim, 50))),
            ("wait_for_claim_p95_s", F(Percentile(waitForClaim, 95))),
            ("claim_to_ready_p50_s", F(Percentile(claimToReady, 50))),
            ("claim_to_ready_p95_s", F(Percentile(claimToReady, 95))),
        ];
    }

    private static async Task<(long Total, long Failed)> WaitUntilSettledAsync(NpgsqlDataSource database, string set, int timeoutSeconds)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var command = database.CreateCommand(
                $"SELECT count(*), count(*) FILTER (WHERE j.status = 'ready'), count(*) FILTER (WHERE j.status = 'failed') FROM {SetJobs}");
            command.Parameters.Add(new() { Value = BookingSet.UserId(set) });
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var (total, ready, failed) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            if (total > 0 && ready + failed == total) return (total, failed);
            if (deadline.Elapsed.TotalSeconds > timeoutSeconds)
            {
                throw new TimeoutException($"after {timeoutSeconds} s only {ready} of {total} documents are ready ({failed} failed); is the Worker running?");
            }
            await Task.Delay(100);
        }
    }

    private static async Task SampleClaimsAsync(NpgsqlDataSource database, int leaseSeconds, Dictionary<Guid, DateTime> claims, CancellationToken stop)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(
            "SELECT id, lease_expires_at - make_interval(secs => $1) FROM document_jobs WHERE status = 'rendering' AND attempts = 1", connection);
        command.Parameters.Add(new() { Value = (double)leaseSeconds });
        await command.PrepareAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                while (await reader.ReadAsync(CancellationToken.None)) claims.TryAdd(reader.GetGuid(0), reader.GetDateTime(1));
            }
            try { await Task.Delay(20, stop); }
            catch (OperationCanceledException) { }
        }
    }
}
