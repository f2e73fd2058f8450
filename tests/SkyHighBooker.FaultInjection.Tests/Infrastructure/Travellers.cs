using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Schema;
using SkyHighBooker.Testing;
using Stripe;

namespace SkyHighBooker.FaultInjection.Tests.Infrastructure;

/// <summary>What travellers' apps do with the Api and Stripe (copied in small from the Api tests, which these do not reference).</summary>
public static class Travellers
{
    public const string GoodCard = "4242424242424242";
    public const string Aircraft = "Embraer E175";

    /// <summary>
    /// A flight made for one test, BOS to ORD at 14:00 UTC some weeks ahead, so the test owns every seat on it; none
    /// pre-sold, so its seats are materialized (every taken seat is a seat_assignments row) from the start.
    /// </summary>
    public static Task<Guid> CreateFlightAsync(BookerSystem system, int totalSeats, decimal price = 200m)
    {
        var departure = DateTimeOffset.UtcNow.Date.AddDays(30 + Random.Shared.Next(100)).AddHours(14);
        return system.ScalarAsync<Guid>(
            """
            INSERT INTO flights (flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
                                 duration_minutes, aircraft, price, total_seats, available_seats, seats_materialized)
            VALUES ($1, 'Test Air', 'BOS', 'ORD', $2, $2::date, $2 + interval '150 minutes', 150, $3, $4, $5, $5, true)
            RETURNING id
            """,
            NewFlightNumber(), new DateTimeOffset(departure, TimeSpan.Zero), Aircraft, price, totalSeats);
    }

    /// <summary>A flight on from where <paramref name="firstLeg"/> lands, ORD to SFO 90 minutes after it: a legal connection.</summary>
    public static Task<Guid> CreateConnectionAsync(BookerSystem system, Guid firstLeg) =>
        system.ScalarAsync<Guid>(
            """
            INSERT INTO flights (flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
                                 duration_minutes, aircraft, price, total_seats, available_seats, seats_materialized)
            SELECT $1, airline, 'ORD', 'SFO', arrival_time + interval '90 minutes', (arrival_time + interval '90 minutes')::date,
                   arrival_time + interval '360 minutes', 270, aircraft, price, total_seats, total_seats, true
            FROM flights WHERE id = $2
            RETURNING id
            """,
            NewFlightNumber(), firstLeg);

    private static string NewFlightNumber() => $"T{Random.Shared.Next(10, 99)}{Random.Shared.Next(1000, 9999)}";

    public static IReadOnlyList<Seat> Seats(int totalSeats) => SeatLayout.For(Aircraft, totalSeats).Seats;

    public static Task<HttpResponseMessage> BookAsync(this HttpClient client, Guid flightId, string seat, string? idempotencyKey = null) =>
        client.PostBookingAsync(new { flightId, passengers = new[] { new { name = "Pat Passenger", email = "pat@example.com", seat } } },
            idempotencyKey ?? Guid.NewGuid().ToString());

    /// <summary>One booking over both flights, the same seat on each.</summary>
    public static Task<HttpResponseMessage> BookItineraryAsync(this HttpClient client, (Guid First, Guid Second) legs, string seat,
        string idempotencyKey) =>
        client.PostBookingAsync(new
        {
            passengers = new[] { new { name = "Pat Passenger", email = "pat@example.com" } },
            segments = new[] { new { flightId = legs.First, seats = new[] { seat } }, new { flightId = legs.Second, seats = new[] { seat } } },
        }, idempotencyKey);

    private static Task<HttpResponseMessage> PostBookingAsync(this HttpClient client, object request, string idempotencyKey)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(request) };
        message.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(message);
    }

    public static async Task<BookingView> BookedAsync(this HttpClient client, Guid flightId, string seat)
    {
        var response = await client.BookAsync(flightId, seat);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BookingView>())!;
    }

    public static Task<HttpResponseMessage> StartPaymentAsync(this HttpClient client, Guid bookingId, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{bookingId}/payments");
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    /// <summary>Confirms the intent the way Stripe.js does from a browser: publishable key and client secret, raw test card.</summary>
    public static Task<PaymentIntent> ConfirmWithCardAsync(StripeStandInServer standIn, PaymentView payment, string cardNumber = GoodCard) =>
        standIn.ConfirmWithCardAsync(payment.TransactionId!, payment.ClientSecret!, cardNumber);

    /// <summary>Books a seat, pays for it with a good card and waits (bounded) for Stripe's webhook to confirm the booking.</summary>
    public static async Task<BookingView> PaidBookingAsync(this HttpClient client, StripeStandInServer standIn, Guid flightId, string seat)
    {
        var booking = await client.BookedAsync(flightId, seat);
        var started = await client.StartPaymentAsync(booking.Id, Guid.NewGuid().ToString());
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        await ConfirmWithCardAsync(standIn, (await started.Content.ReadFromJsonAsync<PaymentView>())!);
        return await Eventually.Async(async () => (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!,
            seen => seen.Status == BookingStatus.Confirmed, TimeSpan.FromSeconds(30), $"booking {booking.Id} confirmed by the webhook");
    }
}
