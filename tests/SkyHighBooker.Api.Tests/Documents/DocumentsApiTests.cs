using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Documents;

[Collection(PaymentsCollection.Name)]
public sealed class DocumentsApiTests(ApiFixture api)
{
    [Fact]
    public async Task Confirming_a_booking_records_its_documents_in_the_same_change_and_only_its_owner_or_an_admin_sees_them()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        var owner = api.SignedIn(await api.Users.NewUserAsync("Owner"));
        var booking = (await (await owner.BookAsync(BookingCalls.Request(flight, "1A", "1C"))).Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Empty((await owner.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents"))!);

        await PaymentCalls.ConfirmWithCardAsync(api, await owner.StartPaymentAsync(booking.Id), "4242424242424242");
        await owner.WaitForStatusAsync(booking.Id, "confirmed");

        var documents = (await owner.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents"))!;
        Assert.Equal(["boarding-pass-1.pdf", "boarding-pass-2.pdf", "confirmation.pdf", "receipt.pdf"], documents.Select(d => d.FileName).Order());
        Assert.All(documents, d => Assert.Equal("pending", d.Status)); // no Worker runs in these tests
        Assert.All(documents, d => Assert.Null(d.Url));
        Assert.Equal(4L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND object_key LIKE 'bookings/' || $1::text || '/%'", booking.Id));

        using var stranger = api.SignedIn(await api.Users.NewUserAsync("Stranger"));
        await ProblemAssertions.AssertProblemAsync(await stranger.GetAsync($"/api/bookings/{booking.Id}/documents"), HttpStatusCode.NotFound);
        using var admin = await api.AdminAsync();
        Assert.Equal(4, (await admin.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents"))!.Count);

        // A ready document comes with a short-lived URL that serves the stored object.
        var receiptKey = $"bookings/{booking.Id}/receipt.pdf";
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var files = scope.ServiceProvider.GetRequiredService<SkyHighBooker.Storage.FileStore>();
            await files.PutAsync(receiptKey, "%PDF-1.7 test"u8.ToArray(), "application/pdf", CancellationToken.None);
        }
        await api.ScalarAsync<int>("UPDATE document_jobs SET status = 'ready' WHERE object_key = $1 RETURNING 0", receiptKey);
        var receipt = (await owner.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents"))!.Single(d => d.FileName == "receipt.pdf");
        Assert.Equal("ready", receipt.Status);
        Assert.InRange(receipt.UrlExpiresAt!.Value, DateTimeOffset.UtcNow.AddMinutes(4), DateTimeOffset.UtcNow.AddMinutes(6));
        using var anonymous = new HttpClient();
        Assert.Equal("%PDF-1.7 test", await anonymous.GetStringAsync(receipt.Url));
    }

    [Fact]
    public async Task Cancelling_records_a_cancellation_notice()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var owner = api.SignedIn(await api.Users.NewUserAsync());
        var booking = (await (await owner.BookAsync(BookingCalls.Request(flight, "2A"))).Content.ReadFromJsonAsync<BookingView>())!;
        await owner.PostAsync($"/api/bookings/{booking.Id}/cancel", null);
        var documents = (await owner.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents"))!;
        Assert.Equal("cancellation.pdf", Assert.Single(documents).FileName);
    }

    [Fact]
    public async Task Jobs_the_worker_gave_up_on_are_listed_for_admins_only()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var owner = api.SignedIn(await api.Users.NewUserAsync());
        var booking = (await (await owner.BookAsync(BookingCalls.Request(flight, "3A"))).Content.ReadFromJsonAsync<BookingView>())!;
        await owner.PostAsync($"/api/bookings/{booking.Id}/cancel", null);
        await api.ScalarAsync<int>(
            "UPDATE document_jobs SET status = 'failed', attempts = 5, last_error = 'renderer exploded' WHERE booking_id = $1 RETURNING 0", booking.Id);

        Assert.Equal("failed", Assert.Single((await owner.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents"))!).Status);
        await ProblemAssertions.AssertProblemAsync(await owner.GetAsync("/api/admin/documents/failed"), HttpStatusCode.Forbidden);
        using var admin = await api.AdminAsync();
        var failed = (await admin.GetFromJsonAsync<List<FailedDocumentView>>("/api/admin/documents/failed"))!;
        var ours = Assert.Single(failed, f => f.BookingId == booking.Id);
        Assert.Equal("renderer exploded", ours.LastError);
        Assert.Equal(5, ours.Attempts);
    }
}
