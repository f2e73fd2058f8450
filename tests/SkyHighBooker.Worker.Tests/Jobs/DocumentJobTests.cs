using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Worker.Documents;
using UglyToad.PdfPig;
using static SkyHighBooker.Worker.Tests.Jobs.DocumentJobsFixture;

namespace SkyHighBooker.Worker.Tests.Jobs;

[Collection(DocumentJobsCollection.Name)]
public sealed class DocumentJobTests(DocumentJobsFixture fixture)
{
    [Fact]
    public async Task A_confirmed_booking_gets_every_document_stored_under_its_key()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Grace Hopper", "Alan Turing");
        using var worker = fixture.NewWorker();
        await DrainAsync(worker);

        Assert.Equal(4L, await fixture.ScalarAsync<long>("SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'ready'", bookingId));
        var pass = await DownloadAsync(worker, $"bookings/{bookingId}/boarding-pass-2.pdf");
        using (var pdf = PdfDocument.Open(pass))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("TURING", text.ToUpperInvariant());
            Assert.Contains(reference, text);
        }
        using var receipt = PdfDocument.Open(await DownloadAsync(worker, $"bookings/{bookingId}/receipt.pdf"));
        Assert.Contains($"pi_{reference}", string.Join(" ", receipt.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public async Task A_connections_boarding_passes_have_a_page_per_flight_and_its_receipt_and_confirmation_list_both()
    {
        var (bookingId, reference, flights) = await fixture.ConfirmedConnectionAsync();
        Assert.Equal(2, flights.Length);
        using var worker = fixture.NewWorker();
        await DrainAsync(worker);

        Assert.Equal(4L, await fixture.ScalarAsync<long>("SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'ready'", bookingId));
        using (var pass = PdfDocument.Open(await DownloadAsync(worker, $"bookings/{bookingId}/boarding-pass-2.pdf")))
        {
            var pages = pass.GetPages().Select(p => p.Text).ToList();
            Assert.Equal(2, pages.Count);
            Assert.Contains(flights[0], pages[0]);
            Assert.Contains("12C", pages[0]);
            Assert.Contains(flights[1], pages[1]);
            Assert.Contains("22C", pages[1]);
            Assert.All(pages, page => Assert.Contains(reference, page));
        }
        foreach (var document in new[] { "receipt", "confirmation" })
        {
            using var pdf = PdfDocument.Open(await DownloadAsync(worker, $"bookings/{bookingId}/{document}.pdf"));
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.All(new[] { flights[0], flights[1], "11C", "12C", "21C", "22C" }, expected => Assert.Contains(expected, text));
        }
    }

    [Fact]
    public async Task A_worker_that_dies_after_claiming_loses_nothing_and_the_job_completes_once_after_its_lease()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Crash Test");
        using var doomed = fixture.NewWorker(("Documents:LeaseSeconds", "300"), ("Documents:BatchSize", "10"));
        using var survivor = fixture.NewWorker(("Documents:BatchSize", "10"));

        // The doomed Worker claims the jobs and dies before rendering anything.
        IReadOnlyList<ClaimedJob> claimed;
        await using (var scope = doomed.Services.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<DocumentJobQueue>().ClaimAsync(CancellationToken.None);
        }
        Assert.Contains(claimed, j => j.BookingId == bookingId);
        var ofThisBooking = claimed.Where(j => j.BookingId == bookingId).ToList();

        // While the lease holds, nobody else takes those jobs.
        await ProcessAsync(survivor);
        Assert.Equal((long)ofThisBooking.Count, await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'rendering'", bookingId));

        // Its lease runs out (set in the past rather than waited for, so a slow machine cannot lapse it early).
        await fixture.ScalarAsync<int>("UPDATE document_jobs SET lease_expires_at = now() - interval '1 second' WHERE booking_id = $1 AND status = 'rendering' RETURNING 0", bookingId);
        await DrainAsync(survivor);

        Assert.Equal(3L, await fixture.ScalarAsync<long>("SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'ready' AND attempts = 2", bookingId));
        // The dead Worker coming back late cannot store nor complete what is no longer its lease.
        var stored = false;
        await using (var scope = doomed.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<DocumentJobQueue>().CompleteAsync(ofThisBooking[0],
                _ => { stored = true; return Task.CompletedTask; }, CancellationToken.None));
        }
        Assert.False(stored);
        // one object per document, at its fixed key
        Assert.Equal(["boarding-pass-1.pdf", "confirmation.pdf", "receipt.pdf"], await StoredAsync(survivor, bookingId));
    }

    [Fact]
    public async Task Workers_running_side_by_side_render_each_job_exactly_once()
    {
        var bookings = new List<Guid>();
        for (var i = 0; i < 5; i++) bookings.Add((await fixture.ConfirmedBookingAsync("Ann One", "Ben Two", "Cy Three")).BookingId);
        using var first = fixture.NewWorker(("Documents:BatchSize", "3"));
        using var second = fixture.NewWorker(("Documents:BatchSize", "3"));

        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        var ids = bookings.ToArray();
        Assert.Equal(25L, await fixture.ScalarAsync<long>("SELECT count(*) FROM document_jobs WHERE booking_id = ANY($1) AND status = 'ready'", ids));
        Assert.Equal(25L, await fixture.ScalarAsync<long>("SELECT sum(attempts) FROM document_jobs WHERE booking_id = ANY($1)", ids));
    }

    [Fact]
    public async Task A_job_that_keeps_failing_backs_off_then_is_marked_failed_with_its_error()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Fail Often");
        // A boarding pass for a passenger who is not on the booking can never render.
        await fixture.ScalarAsync<int>("UPDATE document_jobs SET passenger_position = 9 WHERE booking_id = $1 AND kind = 'boarding_pass' RETURNING 0", bookingId);
        using var worker = fixture.NewWorker(("Documents:MaxAttempts", "2"), ("Documents:BatchSize", "10"));

        await DrainAsync(worker);
        Assert.Equal("pending", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE booking_id = $1 AND kind = 'boarding_pass'", bookingId));
        Assert.True(await fixture.ScalarAsync<bool>("SELECT next_attempt_at > now() FROM document_jobs WHERE booking_id = $1 AND kind = 'boarding_pass'", bookingId));

        await fixture.ScalarAsync<int>("UPDATE document_jobs SET next_attempt_at = now() WHERE booking_id = $1 RETURNING 0", bookingId);
        await DrainAsync(worker);
        Assert.Equal("failed", await fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE booking_id = $1 AND kind = 'boarding_pass'", bookingId));
        Assert.False(string.IsNullOrWhiteSpace(await fixture.ScalarAsync<string>("SELECT last_error FROM document_jobs WHERE booking_id = $1 AND kind = 'boarding_pass'", bookingId)));
        Assert.Equal(2L, await fixture.ScalarAsync<long>("SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND status = 'ready'", bookingId));
    }
}
