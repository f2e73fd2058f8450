using System.Net;
using System.Net.Http.Json;

namespace BookingLoad;

/// <summary>
/// One client, as one signed-in traveller, booking again and again until the window closes. Each booking: read the seat
/// map of a random hot flight, take a random available seat, POST /api/bookings (on 409 read the map again and take
/// another seat), POST /api/bookings/{id}/payments, confirm the PaymentIntent at the Stripe stand-in with a test card,
/// then POST .../payments/{paymentId}/refresh as the Web does, which confirms the booking (the stand-in's webhook
/// follows and finds it done); run.sh counts confirmed bookings in the database.
/// </summary>
public sealed class BookingJourney(HttpClient http, Settings settings, HotFlights flights, Traveller traveller, MeasurementWindow window, int seed)
{
    private const int MaxErrors = 20;
    private readonly Random random = new(seed);

    public JourneyResults Results { get; } = new();

    public async Task RunAsync()
    {
        while (!window.Over && Results.Errors.Count < MaxErrors && !flights.Exhausted)
        {
            try
            {
                await BookOnceAsync();
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or InvalidOperationException or KeyNotFoundException)
            {
                Results.Errors.Add($"{window.Now:F1}s {error.GetType().Name}: {error.Message}");
            }
        }
    }

    private async Task BookOnceAsync()
    {
        var lane = random.Next(flights.Lanes);
        if (flights.Current(lane) is not var (flightId, index))
        {
            flights.Exhausted = true;
            Results.Errors.Add($"lane {lane} has no flight with seats left: give the bench more flights (FLIGHTS_PER_LANE)");
            return;
        }

        var free = await ReadFreeSeatsAsync(flightId);
        if (free.Count == 0)
        {
            flights.SoldOut(lane, index);
            return;
        }

        var chainStart = window.Now;
        Guid bookingId;
        while (true)
        {
            var seat = free[random.Next(free.Count)];
            var started = window.Now;
            var (status, body, text) = await Http.SendAsync(http, BookingRequest(flightId, seat.Number));
            Results.Book.Add(started, window.Now - started);
            using (body)
            {
                if (status == HttpStatusCode.Created && body is not null)
                {
                    bookingId = body.RootElement.GetProperty("id").GetGuid();
                    Results.Created.Add(started);
                    break;
                }
                if (status != HttpStatusCode.Conflict) throw new InvalidOperationException($"POST /api/bookings: {(int)status} {SeatMap.Trim(text)}");
            }
            Results.Conflicts.Add(started); // someone took the seat first: look again and choose another
            free = await ReadFreeSeatsAsync(flightId);
            if (free.Count == 0)
            {
                flights.SoldOut(lane, index);
                Results.GaveUp.Add(chainStart);
                return;
            }
        }

        var payStarted = window.Now;
        string intentId;
        Guid paymentId;
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Api, $"/api/bookings/{bookingId}/payments")).WithBearer(traveller.AccessToken);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var (status, body, text) = await Http.SendAsync(http, request);
            using (body)
            {
                if (status != HttpStatusCode.Created || body is null) throw new InvalidOperationException($"POST payments: {(int)status} {SeatMap.Trim(text)}");
                intentId = body.RootElement.GetProperty("transactionId").GetString()!;
                paymentId = body.RootElement.GetProperty("id").GetGuid();
            }
        }
        Results.Pay.Add(payStarted, window.Now - payStarted);

        var confirmStarted = window.Now;
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Stripe, $"/v1/payment_intents/{intentId}/confirm"))
            {
                Content = new FormUrlEncodedContent([new("payment_method", "pm_card_visa")]),
            }.WithBearer(Settings.StripeSecretKey);
            var (status, body, text) = await Http.SendAsync(http, request);
            using (body)
            {
                if (status != HttpStatusCode.OK || body?.RootElement.GetProperty("status").GetString() != "succeeded")
                    throw new InvalidOperationException($"confirm {intentId}: {(int)status} {SeatMap.Trim(text)}");
            }
        }
        Results.Confirm.Add(confirmStarted, window.Now - confirmStarted);

        var settleStarted = window.Now;
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Api, $"/api/bookings/{bookingId}/payments/{paymentId}/refresh"))
                .WithBearer(traveller.AccessToken);
            var (status, body, text) = await Http.SendAsync(http, request);
            using (body)
            {
                if (status != HttpStatusCode.OK || body?.RootElement.GetProperty("status").GetString() != "completed")
                    throw new InvalidOperationException($"refresh {paymentId}: {(int)status} {SeatMap.Trim(text)}");
            }
        }
        var done = window.Now;
        Results.Settle.Add(settleStarted, done - settleStarted);
        Results.Chain.Add(chainStart, done - chainStart);
        Results.PaidTotal++;
    }

    private async Task<List<Seat>> ReadFreeSeatsAsync(Guid flightId)
    {
        var started = window.Now;
        var map = await SeatMap.ReadAsync(http, settings.Api, traveller.AccessToken, flightId);
        Results.SeatMap.Add(started, window.Now - started);
        return map.Seats.Where(s => s.Available).ToList();
    }

    private HttpRequestMessage BookingRequest(Guid flightId, string seat)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Api, "/api/bookings"))
        {
            Content = JsonContent.Create(new
            {
                flightId,
                passengers = new[] { new { name = "Bench Traveller", email = traveller.Email, seat } },
            }),
        }.WithBearer(traveller.AccessToken);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }
}
