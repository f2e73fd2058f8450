using Microsoft.Extensions.Hosting;
using static SkyHighBooker.Worker.Tests.Jobs.DocumentJobsFixture;

namespace SkyHighBooker.Worker.Tests.Jobs;

[Collection(DocumentJobsCollection.Name)]
public sealed class DocumentWithdrawalTests(DocumentJobsFixture fixture)
{
    private Task<string> StatusAsync(Guid bookingId, string kind) =>
        fixture.ScalarAsync<string>("SELECT status FROM document_jobs WHERE booking_id = $1 AND kind = $2", bookingId, kind);

    [Fact]
    public async Task A_cancelled_booking_has_its_boarding_passes_and_confirmation_deleted_and_keeps_its_receipt_and_notice()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Ada Lovelace", "Charles Babbage");
        using var worker = fixture.NewWorker(("Documents:BatchSize", "10"));
        await DrainAsync(worker);
        Assert.Equal(["boarding-pass-1.pdf", "boarding-pass-2.pdf", "confirmation.pdf", "receipt.pdf"], await StoredAsync(worker, bookingId));

        await fixture.CancelBookingAsync(bookingId);
        await DrainAsync(worker);

        Assert.Equal(3L, await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND kind IN ('boarding_pass', 'confirmation') AND status = 'withdrawn'", bookingId));
        Assert.Equal("ready", await StatusAsync(bookingId, "receipt"));
        Assert.Equal("ready", await StatusAsync(bookingId, "cancellation_notice"));
        Assert.Equal(["cancellation.pdf", "receipt.pdf"], await StoredAsync(worker, bookingId));
    }

    [Fact]
    public async Task Withdrawing_documents_that_were_never_stored_ends_with_them_withdrawn()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Quick Change");
        await fixture.CancelBookingAsync(bookingId); // before any Worker drew them: the deletes find no object
        using var worker = fixture.NewWorker(("Documents:BatchSize", "10"));
        await DrainAsync(worker);

        Assert.Equal("withdrawn", await StatusAsync(bookingId, "boarding_pass"));
        Assert.Equal("withdrawn", await StatusAsync(bookingId, "confirmation"));
        Assert.DoesNotContain("boarding-pass-1.pdf", await StoredAsync(worker, bookingId));
        Assert.DoesNotContain("confirmation.pdf", await StoredAsync(worker, bookingId));
    }

    [Fact]
    public async Task A_boarding_pass_whose_booking_is_no_longer_confirmed_is_never_drawn_and_ends_withdrawn()
    {
        var (bookingId, _) = await fixture.ConfirmedBookingAsync("Late Notice");
        // The booking ends without its jobs being withdrawn (as no Api statement does, but a job claimed just before a
        // cancellation commits sees the same): the Worker finds it cancelled when it loads it.
        await fixture.ScalarAsync<int>("""
            WITH refunding AS (UPDATE payments SET payment_status = 'refunding' WHERE booking_id = $1 AND payment_status = 'completed')
            UPDATE bookings SET booking_status = 'cancelled' WHERE id = $1 RETURNING 0
            """, bookingId);
        using var worker = fixture.NewWorker(("Documents:BatchSize", "10"));
        await DrainAsync(worker);

        Assert.Equal("withdrawn", await StatusAsync(bookingId, "boarding_pass"));
        Assert.Equal("withdrawn", await StatusAsync(bookingId, "confirmation"));
        Assert.Equal(1, await fixture.ScalarAsync<int>("SELECT attempts FROM document_jobs WHERE booking_id = $1 AND kind = 'boarding_pass'", bookingId));
        Assert.Equal(["receipt.pdf"], await StoredAsync(worker, bookingId));
    }

    [Fact]
    public async Task Cancellations_racing_the_Workers_never_leave_a_withdrawn_document_stored()
    {
        // More Workers than a booking has documents, taking one job at a time and polling while there is work: while
        // one is still drawing a boarding pass, an idle one claims its withdrawal at once, so an upload that did not
        // hold the job's row would land after the delete.
        IHost[] workers = [.. Enumerable.Range(0, 5).Select(_ => fixture.NewWorker(("Documents:BatchSize", "1")))];
        var bookings = new List<Guid>();
        for (var round = 0; round < 30; round++)
        {
            var (bookingId, _) = await fixture.ConfirmedBookingAsync("Race One", "Race Two");
            bookings.Add(bookingId);
            var cancelling = Task.Run(async () =>
            {
                await Task.Delay(Random.Shared.Next(0, 60));
                await fixture.CancelBookingAsync(bookingId);
            });
            await Task.WhenAll([.. workers.Select(worker => WorkUntilSettledAsync(worker, bookingId, cancelling)), cancelling]);
        }

        var ids = bookings.ToArray();
        Assert.Equal(0L, await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM document_jobs WHERE booking_id = ANY($1) AND kind IN ('boarding_pass', 'confirmation') AND status <> 'withdrawn'", ids));
        foreach (var bookingId in bookings)
        {
            Assert.Equal(["cancellation.pdf", "receipt.pdf"], await StoredAsync(workers[0], bookingId));
        }
        foreach (var worker in workers) worker.Dispose();
    }

    /// <summary>Processes, polling when idle, until the booking is cancelled and none of its jobs is left to do.</summary>
    private async Task WorkUntilSettledAsync(IHost worker, Guid bookingId, Task cancelling)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!cancelling.IsCompleted || await fixture.ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM document_jobs WHERE booking_id = $1 AND status IN ('pending', 'rendering', 'withdrawing'))", bookingId))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"booking {bookingId}'s documents still not settled");
            if (await ProcessAsync(worker) == 0) await Task.Delay(2);
        }
    }
}
