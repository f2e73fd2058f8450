using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Accounts;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Storage;
using SkyHighBooker.Testing;
using Stripe;

namespace SkyHighBooker.Api.Tests.Accounts;

[Collection(MoneyCollection.Name)]
public sealed class AccountDeletionTests(ApiFixture api)
{
    private const string GoodCard = "4242424242424242";

    private FileStore Files => api.Factory.Services.GetRequiredService<FileStore>();

    private async Task<(CognitoTestClient.TestUser User, HttpClient Client, BookingView Booking)> PaidFutureBookingAsync(string name, string seat)
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76, price: 150m);
        var user = await api.Users.NewUserAsync(name);
        var client = api.SignedIn(user);
        var booking = (await (await client.BookAsync(BookingCalls.Request(flight, seat))).Content.ReadFromJsonAsync<BookingView>())!;
        var payment = await client.StartPaymentAsync(booking.Id);
        await PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard);
        await client.RefreshPaymentAsync(payment);
        Assert.Equal("confirmed", (await client.WaitForStatusAsync(booking.Id, "confirmed")).Status);
        return (user, client, booking);
    }

    private static Task<HttpResponseMessage> EraseAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/erasure");
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Deleting_an_account_refunds_its_future_booking_erases_its_data_and_files_and_its_sign_in_and_leaves_another_user_alone()
    {
        var (ada, adaClient, adaBooking) = await PaidFutureBookingAsync("Erased", "7A");
        var (bob, _, bobBooking) = await PaidFutureBookingAsync("Kept", "8A");
        await Files.PutAsync($"users/{ada.Sub}/profile-picture.jpg", [0xFF, 0xD8, 0xFF, 0xE0], "image/jpeg", CancellationToken.None);
        await Files.PutAsync($"users/{ada.Sub}/documents/passport.pdf", "%PDF-1.7"u8.ToArray(), "application/pdf", CancellationToken.None);
        await Files.PutAsync($"users/{bob.Sub}/profile-picture.jpg", [0xFF, 0xD8, 0xFF, 0xE0], "image/jpeg", CancellationToken.None);
        var key = Guid.NewGuid().ToString();

        var response = await EraseAsync(adaClient, key);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var erased = (await response.Content.ReadFromJsonAsync<AccountErasureView>())!;
        Assert.Equal(1, erased.CancelledBookings);
        Assert.Equal(adaBooking.TotalAmount, erased.RefundedAmount);
        Assert.Equal(1, erased.AnonymisedBookings);

        // The booking stays for the airline's records, cancelled, with nothing on it that leads to Ada.
        Assert.Equal("cancelled", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", adaBooking.Id));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE user_id = $1", ada.Sub));
        Assert.Equal(0L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM bookings WHERE id = $1 AND (passenger_name <> $2 OR passenger_email <> $3 OR user_id NOT LIKE 'erased:%')",
            adaBooking.Id, AccountErasure.ErasedName, AccountErasure.ErasedEmail));
        Assert.Equal(0L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM booking_passengers WHERE booking_id = $1 AND (passenger_name <> $2 OR passenger_email <> $3)",
            adaBooking.Id, AccountErasure.ErasedName, AccountErasure.ErasedEmail));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM users WHERE id = $1", ada.Sub));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM idempotency_keys WHERE user_id = $1 AND key <> $2", ada.Sub, key));
        // The cancellation is not mailed to the address just erased.
        Assert.Equal(0L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM email_jobs WHERE booking_id = $1 AND status IN ('pending', 'sending')", adaBooking.Id));

        // The refund goes through the refund queue and reaches the Stripe stand-in.
        await api.DrainAsync();
        Assert.Equal("refunded", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", adaBooking.Id));
        var refundId = await api.ScalarAsync<string>("SELECT refund_id FROM payments WHERE booking_id = $1", adaBooking.Id);
        var refund = await new RefundService(api.Stripe.Client).GetAsync(refundId);
        Assert.Equal((long)(adaBooking.TotalAmount * 100), refund.Amount);

        // Files: the Worker's job empties users/{id}/ and only that.
        Assert.True(await api.DrainAccountErasuresAsync() >= 1);
        Assert.False(await Files.ExistsAsync($"users/{ada.Sub}/profile-picture.jpg", CancellationToken.None));
        Assert.False(await Files.ExistsAsync($"users/{ada.Sub}/documents/passport.pdf", CancellationToken.None));
        Assert.True(await Files.ExistsAsync($"users/{bob.Sub}/profile-picture.jpg", CancellationToken.None));

        // The sign-in is gone.
        var signIn = await Assert.ThrowsAsync<CognitoCallException>(() => api.Users.SignInAsync(ada.Email, ada.Password));
        Assert.Matches("NotAuthorizedException|UserNotFoundException", signIn.Body);

        // Bob's booking, payment and sign-in are untouched.
        Assert.Equal("confirmed", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", bobBooking.Id));
        Assert.Equal(bob.Sub, await api.ScalarAsync<string>("SELECT user_id FROM bookings WHERE id = $1", bobBooking.Id));
        Assert.Equal("completed", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", bobBooking.Id));
        Assert.NotEqual(AccountErasure.ErasedName, await api.ScalarAsync<string>("SELECT passenger_name FROM bookings WHERE id = $1", bobBooking.Id));
        await api.Users.SignInAsync(bob.Email, bob.Password);

        await api.Invariants.AssertHoldAsync([adaBooking.Id, bobBooking.Id]);
    }

    [Fact]
    public async Task Retrying_with_the_same_key_replays_the_answer_and_finishes_nothing_twice()
    {
        var (_, client, booking) = await PaidFutureBookingAsync("Retried", "9A");
        var key = Guid.NewGuid().ToString();

        var first = await EraseAsync(client, key);
        var again = await EraseAsync(client, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(1L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM payment_jobs j JOIN payments p ON p.id = j.payment_id WHERE p.booking_id = $1 AND j.kind = 'refund'", booking.Id));
        await api.DrainAsync();
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task Deleting_without_an_idempotency_key_is_a_400_naming_the_header_and_erases_nothing()
    {
        var (user, client, booking) = await PaidFutureBookingAsync("Keyless", "10A");

        var response = await client.PostAsync("/api/me/erasure", null);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Idempotency-Key", await response.Content.ReadAsStringAsync());
        Assert.Equal("confirmed", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM users WHERE id = $1", user.Sub));
        await api.Users.SignInAsync(user.Email, user.Password);
    }
}
