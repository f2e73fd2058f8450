using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SkyHighBooker.Schema;
using SkyHighBooker.Testing;
using SkyHighBooker.Worker.Emails;
using SkyHighBooker.Worker.Tests.Jobs;
using UglyToad.PdfPig;
using static SkyHighBooker.Worker.Tests.Jobs.DocumentJobsFixture;

namespace SkyHighBooker.Worker.Tests.Emails;

/// <summary>The email outbox sent by the Worker over SMTP to a real smtp4dev, read back through its REST API.</summary>
[Collection(DocumentJobsCollection.Name)]
public sealed class EmailJobTests(DocumentJobsFixture fixture)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_confirmed_booking_emails_its_traveller_once_when_its_documents_are_stored_with_every_pdf_attached()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Grace Hopper", "Alan Turing");
        var recipient = Recipient(reference);
        using var worker = fixture.NewWorker();

        // Before its documents are stored the email is not even tried.
        await DrainEmailsAsync(worker);
        Assert.Equal(0, await fixture.ScalarAsync<int>("SELECT attempts FROM email_jobs WHERE booking_id = $1", bookingId));

        await DrainAsync(worker);
        await DrainEmailsAsync(worker);
        await DrainEmailsAsync(worker);

        var message = Assert.Single(await fixture.Mail.Inbox.WaitForMessagesToAsync(recipient, 1, Delivery));
        Assert.Contains(reference, message.Subject);
        var detail = await fixture.Mail.Inbox.MessageAsync(message.Id);
        Assert.Equal($"<{BookingEmailComposer.MessageId(EmailKind.BookingConfirmed, bookingId, "bookings@skyhighbooker.local")}>", detail.Header("Message-Id"));
        Assert.Equal(["boarding-pass-1.pdf", "boarding-pass-2.pdf", "confirmation.pdf", "receipt.pdf"],
            detail.Attachments.Select(a => a.FileName).Order().ToArray());
        foreach (var attachment in detail.Attachments)
        {
            using var pdf = PdfDocument.Open(await fixture.Mail.Inbox.DownloadAsync(attachment));
            Assert.Contains(reference, string.Join(" ", pdf.GetPages().Select(p => p.Text)));
        }
        var text = await fixture.Mail.Inbox.PlainTextAsync(message.Id);
        Assert.Contains("Alan Turing", text);
        Assert.Equal(("sent", 1), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
    }

    [Fact]
    public async Task A_connections_confirmation_email_names_every_flight_and_each_passengers_seat_on_it()
    {
        var (bookingId, reference, flights) = await fixture.ConfirmedConnectionAsync();
        using var worker = fixture.NewWorker();
        await DrainAsync(worker);
        await DrainEmailsAsync(worker);

        var message = Assert.Single(await fixture.Mail.Inbox.WaitForMessagesToAsync(Recipient(reference), 1, Delivery));
        Assert.Matches(@"^Your booking \w{6} is confirmed: JFK → LAX → [A-Z]{3}$", message.Subject);
        var text = await fixture.Mail.Inbox.PlainTextAsync(message.Id);
        Assert.Contains($"Flight {flights[0]} ", text);
        Assert.Contains($"Flight {flights[1]} ", text);
        Assert.Contains($"Charles Babbage: {flights[0]} seat 12C, Economy; {flights[1]} seat 22C, Economy", text);
        Assert.Equal(("sent", 1), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
    }

    [Fact]
    public async Task Documents_larger_together_than_the_attachment_limit_are_linked_with_presigned_urls_instead()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Heavy Luggage");
        using var worker = fixture.NewWorker(("Email:MaxAttachmentBytes", "20000")); // less than the three PDFs together
        await DrainAsync(worker);
        await DrainEmailsAsync(worker);

        var message = Assert.Single(await fixture.Mail.Inbox.WaitForMessagesToAsync(Recipient(reference), 1, Delivery));
        Assert.Empty((await fixture.Mail.Inbox.MessageAsync(message.Id)).Attachments);
        var links = Regex.Matches(await fixture.Mail.Inbox.PlainTextAsync(message.Id), @"(?<name>[a-z-]+\d*\.pdf): (?<url>http\S+)")
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["url"].Value);
        Assert.Equal(["boarding-pass-1.pdf", "confirmation.pdf", "receipt.pdf"], links.Keys.Order().ToArray());
        using var anonymous = new HttpClient();
        using var pdf = PdfDocument.Open(await anonymous.GetByteArrayAsync(links["confirmation.pdf"]));
        Assert.Contains(reference, string.Join(" ", pdf.GetPages().Select(p => p.Text)));
        Assert.Equal(("sent", 1), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
    }

    [Fact]
    public async Task A_cancelled_booking_emails_the_cancellation_notice_with_the_refund_amount()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Ada Lovelace");
        var recipient = Recipient(reference);
        using var worker = fixture.NewWorker();
        await DrainAsync(worker);
        await DrainEmailsAsync(worker);
        await fixture.CancelBookingAsync(bookingId);

        await DrainAsync(worker);
        await DrainEmailsAsync(worker);

        var messages = await fixture.Mail.Inbox.WaitForMessagesToAsync(recipient, 2, Delivery);
        Assert.Equal(2, messages.Count);
        var cancellation = Assert.Single(messages, m => m.Subject.Contains("cancelled"));
        var paid = await fixture.ScalarAsync<decimal>("SELECT amount FROM payments WHERE booking_id = $1", bookingId);
        Assert.Contains($"Refund: {paid.ToString("#,##0.00", CultureInfo.InvariantCulture)} USD", await fixture.Mail.Inbox.PlainTextAsync(cancellation.Id));
        var notice = Assert.Single((await fixture.Mail.Inbox.MessageAsync(cancellation.Id)).Attachments);
        Assert.Equal("cancellation.pdf", notice.FileName);
        using var pdf = PdfDocument.Open(await fixture.Mail.Inbox.DownloadAsync(notice));
        Assert.Contains(reference, string.Join(" ", pdf.GetPages().Select(p => p.Text)));
        Assert.Equal(("sent", 1), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingCancelled));
    }

    [Fact]
    public async Task A_confirmation_not_yet_sent_when_its_booking_is_cancelled_is_skipped_and_only_the_cancellation_goes_out()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Late Changer");
        await fixture.CancelBookingAsync(bookingId);
        using var worker = fixture.NewWorker();

        await DrainAsync(worker);
        await DrainEmailsAsync(worker);

        var message = Assert.Single(await fixture.Mail.Inbox.WaitForMessagesToAsync(Recipient(reference), 1, Delivery));
        Assert.Contains("cancelled", message.Subject);
        Assert.Equal(("skipped", 1), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
    }

    [Fact]
    public async Task An_email_is_retried_with_back_off_while_the_mail_server_is_down_and_delivered_once_when_it_is_back()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Patient Traveller");
        var smtpPort = RepositoryPaths.FreePort(); // nothing listens there yet
        using var worker = fixture.NewWorker(("Email:Port", smtpPort.ToString()));
        await DrainAsync(worker);

        await DrainEmailsAsync(worker);
        Assert.Equal(("pending", 1), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
        Assert.True(await fixture.ScalarAsync<bool>(
            "SELECT next_attempt_at > now() AND last_error IS NOT NULL FROM email_jobs WHERE booking_id = $1", bookingId));

        await using var server = await Smtp4devServer.StartAsync(smtpPort);
        // The back-off is brought forward rather than waited for.
        await fixture.ScalarAsync<int>("UPDATE email_jobs SET next_attempt_at = now() WHERE booking_id = $1 RETURNING 0", bookingId);
        await DrainEmailsAsync(worker);
        await DrainEmailsAsync(worker);

        Assert.Single(await server.Inbox.WaitForMessagesToAsync(Recipient(reference), 1, Delivery));
        Assert.Equal(("sent", 2), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
    }

    [Fact]
    public async Task Two_Workers_racing_for_the_same_emails_send_each_once()
    {
        var bookings = new List<(Guid Id, string Reference)>();
        for (var i = 0; i < 4; i++) bookings.Add(await fixture.ConfirmedBookingAsync("Racer One", "Racer Two"));
        using var first = fixture.NewWorker(("EmailJobs:BatchSize", "1"));
        using var second = fixture.NewWorker(("EmailJobs:BatchSize", "1"));
        await DrainAsync(first);

        await Task.WhenAll(DrainEmailsAsync(first), DrainEmailsAsync(second), DrainEmailsAsync(first), DrainEmailsAsync(second));

        foreach (var (id, reference) in bookings)
        {
            Assert.Single(await fixture.Mail.Inbox.WaitForMessagesToAsync(Recipient(reference), 1, Delivery));
            Assert.Equal(("sent", 1), await StatusAndAttemptsAsync(id, EmailKind.BookingConfirmed));
        }
    }

    [Fact]
    public async Task A_Worker_whose_lease_was_taken_over_sends_nothing()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Slow Sender");
        using var slow = fixture.NewWorker(("EmailJobs:BatchSize", "50"));
        using var other = fixture.NewWorker();
        await DrainAsync(slow);
        var claimed = Assert.Single(await ClaimEmailsAsync(slow), j => j.BookingId == bookingId);

        // Its lease lapses (set in the past rather than waited for) and the other Worker takes the job and sends it.
        await fixture.ScalarAsync<int>("UPDATE email_jobs SET lease_expires_at = now() - interval '1 second' WHERE booking_id = $1 RETURNING 0", bookingId);
        await DrainEmailsAsync(other);

        var sentAgain = false;
        await using (var scope = slow.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<EmailJobQueue>().SendAsync(claimed,
                _ => { sentAgain = true; return Task.CompletedTask; }, CancellationToken.None));
        }
        Assert.False(sentAgain);
        Assert.Single(await fixture.Mail.Inbox.WaitForMessagesToAsync(Recipient(reference), 1, Delivery));
        Assert.Equal(("sent", 2), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
    }

    [Fact]
    public async Task A_Worker_dying_after_the_server_accepted_the_email_leaves_a_second_copy_with_the_same_message_id()
    {
        var (bookingId, reference) = await fixture.ConfirmedBookingAsync("Twice Told");
        using var dying = fixture.NewWorker(("EmailJobs:BatchSize", "50"));
        using var survivor = fixture.NewWorker();
        await DrainAsync(dying);
        var claimed = Assert.Single(await ClaimEmailsAsync(dying), j => j.BookingId == bookingId);

        // It hands the message to the server and dies before "sent" commits.
        await using (var scope = dying.Services.CreateAsyncScope())
        {
            var email = await scope.ServiceProvider.GetRequiredService<BookingEmailSource>().LoadAsync(bookingId, claimed.Kind, CancellationToken.None);
            var message = BookingEmailComposer.Compose(claimed.Kind, email!, [], new SmtpSettings());
            await Assert.ThrowsAsync<IOException>(() => scope.ServiceProvider.GetRequiredService<EmailJobQueue>().SendAsync(claimed, async token =>
            {
                await scope.ServiceProvider.GetRequiredService<SmtpMailer>().SendAsync(message, token);
                throw new IOException("the Worker died here");
            }, CancellationToken.None));
        }
        Assert.Equal(("sending", 1), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
        await fixture.ScalarAsync<int>("UPDATE email_jobs SET lease_expires_at = now() - interval '1 second' WHERE booking_id = $1 RETURNING 0", bookingId);
        await DrainEmailsAsync(survivor);

        var copies = await fixture.Mail.Inbox.WaitForMessagesToAsync(Recipient(reference), 2, Delivery);
        Assert.Equal(2, copies.Count);
        var headers = await Task.WhenAll(copies.Select(c => fixture.Mail.Inbox.MessageAsync(c.Id)));
        Assert.Single(headers.Select(h => h.Header("Message-Id")).Distinct());
        Assert.Single(headers.Select(h => h.Header(BookingEmailComposer.EmailKeyHeader)).Distinct());
        Assert.Equal(("sent", 2), await StatusAndAttemptsAsync(bookingId, EmailKind.BookingConfirmed));
    }

    private static string Recipient(string reference) => $"lead-{reference.ToLowerInvariant()}@example.com";

    private async Task<(string Status, int Attempts)> StatusAndAttemptsAsync(Guid bookingId, string kind) =>
        (await fixture.ScalarAsync<string>("SELECT status FROM email_jobs WHERE booking_id = $1 AND kind = $2", bookingId, kind),
         await fixture.ScalarAsync<int>("SELECT attempts FROM email_jobs WHERE booking_id = $1 AND kind = $2", bookingId, kind));

    private static async Task<IReadOnlyList<ClaimedEmailJob>> ClaimEmailsAsync(IHost worker)
    {
        await using var scope = worker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EmailJobQueue>().ClaimAsync(CancellationToken.None);
    }

    /// <summary>Passes of a Worker's email processor until one claims nothing.</summary>
    private static async Task DrainEmailsAsync(IHost worker)
    {
        for (var i = 0; i < 50; i++)
        {
            await using var scope = worker.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<EmailJobProcessor>().ProcessOnceAsync(CancellationToken.None) == 0) return;
        }
    }
}
