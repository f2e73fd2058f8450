using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Testing;
using Stripe;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>What a paying client does: open a payment with the Api, confirm it with Stripe, wait for the webhook's effect.</summary>
public static class PaymentCalls
{
    public static async Task<PaymentView> StartPaymentAsync(this HttpClient client, Guid bookingId, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{bookingId}/payments");
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PaymentView>())!;
    }

    /// <summary>Confirms the intent the way Stripe.js does from a browser: publishable key and client secret, raw test card.</summary>
    public static Task<PaymentIntent> ConfirmWithCardAsync(ApiFixture api, PaymentView payment, string cardNumber) =>
        ConfirmWithCardAsync(api.Stripe, payment, cardNumber);

    public static Task<PaymentIntent> ConfirmWithCardAsync(StripeStandInServer standIn, PaymentView payment, string cardNumber) =>
        standIn.ConfirmWithCardAsync(payment.TransactionId!, payment.ClientSecret!, cardNumber);

    public static async Task<PaymentView> RefreshPaymentAsync(this HttpClient client, PaymentView payment)
    {
        var response = await client.PostAsync($"/api/bookings/{payment.BookingId}/payments/{payment.Id}/refresh", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PaymentView>())!;
    }

    public static async Task<BookingView> WaitForStatusAsync(this HttpClient client, Guid bookingId, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var booking = (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{bookingId}"))!;
            if (booking.Status == status || DateTime.UtcNow > deadline) return booking;
            await Task.Delay(100);
        }
    }

    /// <summary>A Stripe-Signature header for the payload, as Stripe makes it: HMAC-SHA256 of "timestamp.payload" keyed with the secret.</summary>
    public static string StripeSignature(string secret, string payload)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secret));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes($"{timestamp}.{payload}")))}";
    }
}
