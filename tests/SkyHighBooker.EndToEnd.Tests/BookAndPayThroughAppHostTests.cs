using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SkyHighBooker.Testing;
using Stripe;

namespace SkyHighBooker.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class BookAndPayThroughAppHostTests(AppHostFixture system)
{
    [Fact]
    public async Task A_signed_in_traveller_books_pays_with_4242_and_the_webhook_confirms_the_booking()
    {
        var (api, bookingId, _) = await BookAndPayAsync();
        using (api) Assert.Equal("confirmed", await WaitForBookingStatusAsync(api, bookingId, "confirmed"));
    }

    [Fact]
    public async Task A_paid_booking_gets_its_pdfs_in_storage_within_ten_seconds_and_the_boarding_pass_reads_right()
    {
        var (api, bookingId, _) = await BookAndPayAsync();
        using var _api = api;
        Assert.Equal("confirmed", await WaitForBookingStatusAsync(api, bookingId, "confirmed"));
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
        var (api, bookingId, email) = await BookAndPayAsync();
        using var _api = api;
        Assert.Equal("confirmed", await WaitForBookingStatusAsync(api, bookingId, "confirmed"));
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

    private static async Task<string> WaitForBookingStatusAsync(HttpClient api, Guid bookingId, string wanted)
    {
        var status = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline && status != wanted; await Task.Delay(200))
        {
            status = JsonDocument.Parse(await api.GetStringAsync($"/api/bookings/{bookingId}")).RootElement.GetProperty("status").GetString()!;
        }
        return status;
    }

    private async Task<(HttpClient Api, Guid BookingId, string Email)> BookAndPayAsync()
    {
        var traveller = await system.CognitoUsers().NewUserAsync("Journey");
        var api = system.App.CreateHttpClient(BookerResources.Api);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", traveller.Tokens.AccessToken);

        var date = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd");
        var flights = JsonDocument.Parse(await api.GetStringAsync($"/api/flights?from=JFK&to=LAX&date={date}&passengers=2")).RootElement;
        var flightId = flights.GetProperty("items")[0].GetProperty("id").GetGuid();
        var seats = JsonDocument.Parse(await api.GetStringAsync($"/api/flights/{flightId}/seats")).RootElement.GetProperty("seats")
            .EnumerateArray().Where(s => s.GetProperty("state").GetString() == "available").Take(2).Select(s => s.GetProperty("number").GetString()).ToArray();

        var book = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
        {
            Content = JsonContent.Create(new
            {
                flightId,
                passengers = new[] { new { name = "Jo Journey", email = traveller.Email, seat = seats[0] }, new { name = "Sam Journey", email = "sam@example.com", seat = seats[1] } },
            }),
        };
        book.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var booked = await api.SendAsync(book);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var bookingId = JsonDocument.Parse(await booked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var pay = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{bookingId}/payments");
        pay.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var payment = JsonDocument.Parse(await (await api.SendAsync(pay)).Content.ReadAsStringAsync()).RootElement;

        var stripe = new StripeClient(new StripeClientOptions
        {
            ApiKey = payment.GetProperty("publishableKey").GetString(),
            ApiBase = system.App.GetEndpoint(BookerResources.Stripe, "http").ToString().TrimEnd('/'),
        });
        var confirm = new PaymentIntentConfirmOptions();
        confirm.AddExtraParam("client_secret", payment.GetProperty("clientSecret").GetString());
        confirm.AddExtraParam("payment_method_data[type]", "card");
        confirm.AddExtraParam("payment_method_data[card][number]", "4242424242424242");
        confirm.AddExtraParam("payment_method_data[card][exp_month]", "12");
        confirm.AddExtraParam("payment_method_data[card][exp_year]", (DateTime.UtcNow.Year + 2).ToString());
        confirm.AddExtraParam("payment_method_data[card][cvc]", "123");
        Assert.Equal("succeeded", (await stripe.V1.PaymentIntents.ConfirmAsync(payment.GetProperty("transactionId").GetString(), confirm)).Status);
        return (api, bookingId, traveller.Email);
    }
}
