using System.Net.Http.Json;

namespace SkyHighBooker.Api.Tests.Infrastructure;

public static class BookingCalls
{
    public static object Request(Guid flightId, params string[] seats) => new
    {
        flightId,
        passengers = seats.Select((seat, i) => new { name = $"Passenger {i + 1}", email = $"p{i + 1}@example.com", seat }).ToArray(),
    };

    /// <summary>One booking over several flights: each leg's flight and every passenger's seat on it, in the passengers' order.</summary>
    public static object Itinerary(params (Guid Flight, string[] Seats)[] legs) => new
    {
        passengers = legs[0].Seats.Select((_, i) => new { name = $"Passenger {i + 1}", email = $"p{i + 1}@example.com" }).ToArray(),
        segments = legs.Select(l => new { flightId = l.Flight, seats = l.Seats }).ToArray(),
    };

    public static Task<HttpResponseMessage> BookAsync(this HttpClient client, object request, string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(request) };
        message.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return client.SendAsync(message);
    }
}
