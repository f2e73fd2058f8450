using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.FaultInjection.Tests.Infrastructure;

namespace SkyHighBooker.FaultInjection.Tests;

public sealed class DatabaseCrashTests(ITestOutputHelper output)
{
    private const int TotalSeats = 200, Callers = 12;

    [Fact]
    public async Task Killing_PostgreSQL_during_a_booking_storm_loses_no_confirmed_booking_and_the_Api_serves_again_once_it_is_back()
    {
        await using var system = await BookerSystem.StartAsync(withApi: true, durableCommits: true);
        var flight = await Travellers.CreateFlightAsync(system, totalSeats: TotalSeats);
        var connection = await Travellers.CreateConnectionAsync(system, flight);
        var seats = Travellers.Seats(TotalSeats);
        using var client = system.SignedIn(await system.Users.NewUserAsync("Stormer"));
        client.Timeout = TimeSpan.FromSeconds(60);

        // Twelve callers book one seat after another (the last seat kept for later) until told to stop, every third
        // booking an itinerary on to SFO (that seat on both flights, one transaction); PostgreSQL is killed as soon as
        // bookings are being answered, down for a second, and the storm goes on after it is back.
        var answers = new ConcurrentDictionary<int, (string Key, HttpStatusCode Status, Guid? Booking)>();
        Task<HttpResponseMessage> Book(int i, string key) => IsItinerary(i)
            ? client.BookItineraryAsync((flight, connection), seats[i].Number, key)
            : client.BookAsync(flight, seats[i].Number, key);
        var next = -1;
        using var stop = new CancellationTokenSource();
        var storm = Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref next) is var i && i < TotalSeats - 1)
            {
                var key = Guid.NewGuid().ToString();
                var status = HttpStatusCode.ServiceUnavailable;
                Guid? booking = null;
                try
                {
                    var response = await Book(i, key);
                    status = response.StatusCode;
                    if (status == HttpStatusCode.Created) booking = (await response.Content.ReadFromJsonAsync<BookingView>())!.Id;
                }
                catch (HttpRequestException) { } // the Api may drop a request whose connection died under it
                answers[i] = (key, status, booking);
            }
        })));
        int Created() => answers.Values.Count(a => a.Status == HttpStatusCode.Created);
        for (var deadline = DateTime.UtcNow.AddSeconds(60); Created() < 3 && !storm.IsCompleted && DateTime.UtcNow < deadline;) await Task.Delay(10);
        var (answeredBeforeKill, stormGoingOn) = (answers.Count, !storm.IsCompleted);
        await system.Postgres.KillAsync();
        output.WriteLine($"PostgreSQL killed after {answeredBeforeKill}–{answers.Count} answers");
        Assert.True(stormGoingOn, "the storm ended before PostgreSQL was killed");
        await Task.Delay(TimeSpan.FromSeconds(1)); // callers meet a database that is down
        await system.Postgres.RestartAsync();
        var answeredAtRestart = answers.Count;
        output.WriteLine($"PostgreSQL back after {answeredAtRestart} answers");
        for (var deadline = DateTime.UtcNow.AddSeconds(30); answers.Count < answeredAtRestart + 2 * Callers && !storm.IsCompleted && DateTime.UtcNow < deadline;)
            await Task.Delay(50);
        await stop.CancelAsync();
        await storm.WaitAsync(TimeSpan.FromSeconds(120));

        // Every booking that was confirmed to its caller survived the crash.
        var created = answers.Values.Where(a => a.Booking is not null).Select(a => a.Booking!.Value).ToArray();
        Assert.Equal(created.Length, (int)await system.ScalarAsync<long>(
            "SELECT count(*) FROM bookings WHERE id = ANY($1) AND booking_status = 'pending_payment'", created));

        // A caller that got no answer tries again with the same Idempotency-Key: it gets the booking it made before the
        // crash, or a new one if none was made, never a second booking or a seat taken by itself.
        var retries = 0;
        foreach (var (i, answer) in answers.Where(a => a.Value.Status != HttpStatusCode.Created).OrderBy(a => a.Key))
        {
            var retried = await Eventually.Async(async () =>
            {
                retries++;
                var response = await Book(i, answer.Key);
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }, r => r.StatusCode == HttpStatusCode.Created || (int)r.StatusCode < 500, TimeSpan.FromSeconds(30), $"a retry of seat {seats[i].Number}");
            Assert.True(retried.StatusCode == HttpStatusCode.Created, $"seat {seats[i].Number}: {retried.StatusCode} {retried.Body}");
        }
        output.WriteLine($"storm: {string.Join(", ", answers.Values.GroupBy(a => a.Status).Select(g => $"{g.Count()} × {(int)g.Key}"))}; " +
                         $"{answers.Values.Count(a => a.Status != HttpStatusCode.Created)} retried in {retries} calls");
        Assert.Equal(answers.Count, (int)await system.ScalarAsync<long>(
            "SELECT count(*) FROM bookings WHERE flight_id = $1 AND booking_status = 'pending_payment'", flight));
        // Every itinerary holds its seat on both flights, and no one-flight booking reached the second: never half an itinerary.
        var itineraries = answers.Keys.Count(IsItinerary);
        Assert.Equal(itineraries, (int)await system.ScalarAsync<long>(
            "SELECT count(*) FROM segment_seats WHERE flight_id = $1 AND segment_position = 2", connection));
        Assert.Equal(itineraries, (int)await system.ScalarAsync<long>(
            "SELECT count(*) FROM bookings WHERE flight_id = $1 AND (SELECT count(*) FROM segment_seats ss WHERE ss.booking_id = bookings.id) = 2", flight));

        // The same Api, not restarted, searches and books again.
        var date = await system.ScalarAsync<string>("SELECT to_char(departure_date, 'YYYY-MM-DD') FROM flights WHERE id = $1", flight);
        var search = await client.GetAsync($"/api/flights?from=BOS&to=ORD&date={date}");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains(flight.ToString(), await search.Content.ReadAsStringAsync());
        var after = await client.BookAsync(flight, seats[TotalSeats - 1].Number);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);

        await system.Invariants.AssertHoldAsync();
    }

    private static bool IsItinerary(int caller) => caller % 3 == 2;
}
