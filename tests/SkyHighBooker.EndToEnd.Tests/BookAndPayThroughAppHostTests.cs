using System.Text.Json;
using SkyHighBooker.Testing;

namespace SkyHighBooker.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class BookAndPayThroughAppHostTests(AppHostFixture system)
{
    [Fact]
    public async Task A_signed_in_traveller_books_pays_with_4242_and_the_webhook_confirms_the_booking()
    {
        var (api, bookingId, _) = await PaidBookings.BookAndPayAsync(system);
        using (api) Assert.Equal("confirmed", await PaidBookings.WaitForStatusAsync(api, bookingId, "confirmed"));
    }

    [Fact]
    public async Task A_paid_booking_gets_its_pdfs_in_storage_within_ten_seconds_and_the_boarding_pass_reads_right()
    {
        var (api, bookingId, _) = await PaidBookings.BookAndPayAsync(system);
        using var _api = api;
        Assert.Equal("confirmed", await PaidBookings.WaitForStatusAsync(api, bookingId, "confirmed"));
        var confirmedAt = DateTime.UtcNow;

        JsonElement documents = default;
        while (DateTime.UtcNow - confirmedAt < TimeSpan.FromSeconds(10))
        {
            documents = JsonDocument.Parse(await api.GetStringAsync($"/api/bookings/{bookingId}/documents")).RootElement;
            if (documents.GetArrayLength() == 4 && documents.EnumerateArray().All(d => d.GetProperty("status").GetString() == "ready")) break;
            await Task.Delay(200);
        }
        Assert.True(documents.EnumerateArray().All(d => d.GetProperty("status").GetString() == "ready"), documents.ToString());

        var booking = JsonDocument.Parse(await api.GetStringAsync($"/api/bookings/{bookingId}")).RootElement;
        var reference = booking.GetProperty("reference").GetString()!;
        var lead = booking.GetProperty("passengers")[0];
        var pass = documents.EnumerateArray().Single(d => d.GetProperty("fileName").GetString() == "boarding-pass-1.pdf");
        using var anonymous = new HttpClient();
        var pdf = await anonymous.GetByteArrayAsync(pass.GetProperty("url").GetString());

        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", document.GetPages().Select(p => p.Text)).ToUpperInvariant();
            Assert.Contains("JOURNEY", text);
            Assert.Contains(booking.GetProperty("flightNumber").GetString()!, text);
            Assert.Contains(lead.GetProperty("seat").GetString()!, text);
        }
        var qr = await QrCodes.ReadFromPdfAsync(pdf);
        Assert.StartsWith("M1", qr);
        Assert.Equal(reference, qr.Substring(23, 7).Trim()); // BCBP: operating carrier PNR code
    }

    [Fact]
    public async Task A_paid_booking_emails_its_traveller_through_smtp4dev_with_the_boarding_passes_receipt_and_confirmation_attached()
    {
        var (api, bookingId, email) = await PaidBookings.BookAndPayAsync(system);
        using var _api = api;
        Assert.Equal("confirmed", await PaidBookings.WaitForStatusAsync(api, bookingId, "confirmed"));
        var reference = JsonDocument.Parse(await api.GetStringAsync($"/api/bookings/{bookingId}")).RootElement.GetProperty("reference").GetString()!;

        using var inbox = new Smtp4devInbox(system.App.GetEndpoint(BookerResources.Mail, "http"));
        var message = Assert.Single(await inbox.WaitForMessagesToAsync(email, 1, TimeSpan.FromSeconds(30)));
        Assert.Contains(reference, message.Subject);
        var attachments = (await inbox.MessageAsync(message.Id)).Attachments;
        Assert.Equal(["boarding-pass-1.pdf", "boarding-pass-2.pdf", "confirmation.pdf", "receipt.pdf"], attachments.Select(a => a.FileName).Order().ToArray());

        var confirmation = await inbox.DownloadAsync(attachments.Single(a => a.FileName == "confirmation.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), confirmation[..5]);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(confirmation);
        Assert.Contains(reference, string.Join(" ", pdf.GetPages().Select(p => p.Text)));
    }
}
