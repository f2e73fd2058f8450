using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Schema;
using SkyHighBooker.Storage;
using SkyHighBooker.Worker.Documents;
using static SkyHighBooker.Worker.Tests.Jobs.DocumentJobsFixture;

namespace SkyHighBooker.Worker.Tests.Jobs;

[Collection(DocumentJobsCollection.Name)]
public sealed class DocumentLeaseTests(DocumentJobsFixture fixture)
{
    /// <summary>Generous: these tests wait for things to happen, never require them to happen fast.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static async Task ProcessClaimedAsync(IHost worker, ClaimedJob job)
    {
        await using var scope = worker.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DocumentJobProcessor>().ProcessAsync(job, CancellationToken.None);
    }

    /// <summary>
    /// Holds every read of the airports table, so a Worker loading a booking for its documents waits until disposed:
    /// a render as slow as the test wants, with nothing in the Worker faked.
    /// </summary>
    private async Task<IAsyncDisposable> StallBookingLoadsAsync()
    {
        var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE airports IN ACCESS EXCLUSIVE MODE", connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }
        return connection; // disposing it rolls the transaction back and frees the lock
    }

    /// <summary>
    /// Claims due jobs and starts working on the booking's (three of them) only: other tests' leftovers claimed with them
    /// are left to lapse, so a stalled booking load of theirs cannot hold this test up.
    /// </summary>
    private static async Task<Task> ProcessBookingAsync(IHost worker, Guid bookingId)
    {
        var mine = (await ClaimAsync(worker)).Where(j => j.BookingId == bookingId).ToList();
        Assert.Equal(3, mine.Count);
        return Task.WhenAll(mine.Select(job => ProcessClaimedAsync(worker, job)));
    }

    /// <summary>A stalled booking load waits as long as the test holds it, not Npgsql's 30 s: only the Worker's own cancellation ends it.</summary>
    private (string, string) NoCommandTimeout() => ($"ConnectionStrings:{BookerResources.Database}", fixture.ConnectionString + ";Command Timeout=0");

    private async Task UntilAsync(string sql, params object[] parameters)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await fixture.ScalarAsync<bool>(sql, parameters))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"still false after {Patience.TotalSeconds} s: {sql}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_Worker_whose_lease_was_taken_over_neither_uploads_nor_completes()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Stale Worker");
        using var stale = fixture.NewWorker(("Documents:LeaseSeconds", "300"), ("Documents:BatchSize", "10"));
        using var current = fixture.NewWorker(("Documents:BatchSize", "10"));
        var staleJob = (await ClaimAsync(stale)).Single(j => j.BookingId == bookingId && j.Kind == "boarding_pass");

        // Its lease lapses (set in the past rather than waited for) and another Worker claims the job.
        await fixture.ScalarAsync<int>("UPDATE document_jobs SET lease_expires_at = now() - interval '1 second' WHERE booking_id = $1 AND status = 'rendering' RETURNING 0", bookingId);
        var currentClaims = await ClaimAsync(current);
        var currentJob = currentClaims.Single(j => j.Id == staleJob.Id);

        // The stale Worker renders all the same, and stores nothing.
        await ProcessClaimedAsync(stale, staleJob);
        Assert.False(await ExistsAsync(stale, staleJob.ObjectKey));
        Assert.Equal("rendering", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE id = $1 AND lease_token = $2", staleJob.Id, currentJob.LeaseToken));

        await Task.WhenAll(currentClaims.Select(job => ProcessClaimedAsync(current, job)));
        Assert.True(await ExistsAsync(current, staleJob.ObjectKey));
        Assert.Equal("ready", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE id = $1", staleJob.Id));
    }

    [Fact]
    public async Task A_Worker_whose_job_was_withdrawn_after_its_claim_stores_nothing()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Withdrawn Meanwhile");
        using var worker = fixture.NewWorker(("Documents:BatchSize", "10"));
        var claimed = (await ClaimAsync(worker)).Where(j => j.BookingId == bookingId).ToList();
        var pass = claimed.Single(j => j.Kind == "boarding_pass");
        await fixture.CancelBookingAsync(bookingId);

        // The upload itself is refused (not just the status change after it), whatever the booking now says.
        var uploaded = false;
        await using (var scope = worker.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<DocumentJobQueue>().CompleteAsync(pass,
                _ => { uploaded = true; return Task.CompletedTask; }, CancellationToken.None));
        }
        Assert.False(uploaded);

        await Task.WhenAll(claimed.Select(job => ProcessClaimedAsync(worker, job)));
        Assert.Equal("withdrawing", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE id = $1", pass.Id));
        await DrainAsync(worker);
        Assert.Equal("withdrawn", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE id = $1", pass.Id));
        Assert.Equal(["cancellation.pdf", "receipt.pdf"], await StoredAsync(worker, bookingId));
    }

    [Fact]
    public async Task A_job_whose_lease_lapsed_on_its_last_attempt_is_failed_for_admins_and_not_claimed_again()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Worker Killer");
        using var worker = fixture.NewWorker(("Documents:MaxAttempts", "3"), ("Documents:BatchSize", "10"));
        // Three Workers died rendering the boarding pass; the confirmation's Worker died on its second attempt.
        await fixture.ScalarAsync<int>("""
            UPDATE document_jobs SET status = 'rendering', attempts = CASE kind WHEN 'boarding_pass' THEN 3 ELSE 2 END,
                lease_token = gen_random_uuid(), lease_expires_at = now() - interval '1 second'
            WHERE booking_id = $1 AND kind IN ('boarding_pass', 'confirmation') RETURNING 0
            """, bookingId);

        var claimed = await ClaimAsync(worker);

        Assert.DoesNotContain(claimed, j => j.BookingId == bookingId && j.Kind == "boarding_pass");
        Assert.Contains(claimed, j => j.BookingId == bookingId && j.Kind == "confirmation" && j.Attempts == 3);
        // listed where admins look (GET /api/admin/documents/failed), with the reason
        await using (var db = fixture.NewDbContext())
        {
            var failed = await new BookingDocuments(db, worker.Services.GetRequiredService<FileStore>(), TimeProvider.System).FailedAsync(CancellationToken.None);
            var pass = Assert.Single(failed, j => j.BookingId == bookingId);
            Assert.Equal(("boarding_pass", 3, "lease lapsed on attempt 3 of 3: the Worker died while rendering"), (pass.Kind, pass.Attempts, pass.LastError));
        }

        await Task.WhenAll(claimed.Select(job => ProcessClaimedAsync(worker, job)));
        await DrainAsync(worker);
        Assert.Equal("failed", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE booking_id = $1 AND kind = 'boarding_pass'", bookingId));
        Assert.Equal("ready", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE booking_id = $1 AND kind = 'confirmation'", bookingId));
    }

    [Fact]
    public async Task A_slow_render_keeps_renewing_its_lease_so_no_other_Worker_takes_it_and_then_completes()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Slow Coach");
        var clock = new FakeTimeProvider(TimeProvider.System.UtcNowAsStored());
        using var worker = fixture.NewWorker(clock, ("Documents:LeaseSeconds", "6"), ("Documents:BatchSize", "10"), NoCommandTimeout());
        using var other = fixture.NewWorker(clock, ("Documents:BatchSize", "10"));
        Task processing;
        await using (await StallBookingLoadsAsync())
        {
            processing = await ProcessBookingAsync(worker, bookingId);
            var firstExpiry = clock.GetUtcNow().AddSeconds(6);

            // Past the lease the claim gave (time moved a renewal period at a time, each renewal seen written before the
            // next), the jobs are still this Worker's, on a lease that has moved on.
            while (clock.GetUtcNow() <= firstExpiry.AddSeconds(2))
            {
                clock.Advance(TimeSpan.FromSeconds(2));
                await UntilAsync("SELECT count(*) = 3 FROM document_jobs WHERE booking_id = $1 AND lease_expires_at = $2",
                    bookingId, clock.GetUtcNow().AddSeconds(6));
            }
            Assert.Equal(3L, await fixture.ScalarAsync<long>(
                "SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'rendering' AND attempts = 1 AND lease_expires_at > $2",
                bookingId, clock.GetUtcNow()));
            Assert.DoesNotContain(await ClaimAsync(other), j => j.BookingId == bookingId);
        }
        await processing.WaitAsync(Patience);

        Assert.Equal(3L, await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'ready' AND attempts = 1 AND lease_token IS NULL", bookingId));
        Assert.Equal(["boarding-pass-1.pdf", "confirmation.pdf", "receipt.pdf"], await StoredAsync(worker, bookingId));
    }

    [Fact]
    public async Task A_render_whose_lease_is_found_lost_on_renewal_stops_at_once_and_stores_nothing()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Cut Off");
        using var worker = fixture.NewWorker(("Documents:LeaseSeconds", "3"), ("Documents:BatchSize", "10"), NoCommandTimeout());
        await using (await StallBookingLoadsAsync())
        {
            var processing = await ProcessBookingAsync(worker, bookingId);
            // Another Worker took the jobs over (as after a lapse): the next renewal finds the lease gone.
            await fixture.ScalarAsync<int>("UPDATE document_jobs SET lease_token = gen_random_uuid(), lease_expires_at = now() + interval '1 hour' WHERE booking_id = $1 RETURNING 0", bookingId);

            // It gives up while its booking load is still held: it does not wait to render what it may not store.
            await processing.WaitAsync(Patience);
        }

        Assert.Equal(3L, await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'rendering' AND last_error IS NULL", bookingId));
        Assert.Empty(await StoredAsync(worker, bookingId));
    }
}
