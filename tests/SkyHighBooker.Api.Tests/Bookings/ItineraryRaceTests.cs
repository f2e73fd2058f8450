using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Bookings;

[Collection(BookingsCollection.Name)]
public sealed class ItineraryRaceTests(ApiFixture api)
{
    [Fact]
    public async Task Connections_racing_for_the_last_seats_of_a_shared_leg_hold_all_their_seats_or_none()
    {
        using var client = api.SignedIn(await api.Users.NewUserAsync("Connecting crowd"));
        var seats = TestFlights.Seats(76).Select(s => s.Number).ToArray();
        for (var round = 0; round < 5; round++)
        {
            // Three first legs into ORD, one shared second leg with 6 seats left; 30 parties of two, each from one of
            // the first legs, most of them wanting the same few seats on the shared leg.
            var day = TestFlights.DayAhead(10);
            var firsts = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
                TestFlights.CreateAsync(api, 76, 76, departure: day.AddMinutes(i * 20), route: (i % 2 == 0 ? "BOS" : "DEN", "ORD"), durationMinutes: 150)));
            var shared = await TestFlights.CreateAsync(api, 76, 6, departure: day.AddHours(5), route: ("ORD", "SFO"), durationMinutes: 270);
            await api.ScalarAsync<int>("UPDATE flights SET available_seats = 76, seats_materialized = true WHERE id = $1 RETURNING 0", shared);
            await api.ScalarAsync<int>("""
                WITH taken AS (INSERT INTO seat_assignments (flight_id, seat_number) SELECT $1, unnest($2::text[]) RETURNING 1) SELECT count(*)::int FROM taken
                """, shared, seats.Skip(6).ToArray());
            var free = seats.Take(6).ToArray();

            var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => client.BookAsync(BookingCalls.Itinerary(
                (firsts[i % 3], [seats[6 + 2 * i], seats[7 + 2 * i]]),
                (shared, [free[i % 6], free[(i + 1) % 6]])))));

            var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
            Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
            Assert.InRange(created.Count, 1, 3);
            Assert.Equal(6 - 2 * created.Count, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", shared));
            var bookings = await Task.WhenAll(created.Select(r => r.Content.ReadFromJsonAsync<BookingView>()));
            foreach (var first in firsts)
            {
                var mine = bookings.Count(b => b!.FlightId == first);
                Assert.Equal(mine * 2L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1", first));
            }
            foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
                Assert.Contains("segments[", await conflict.Content.ReadAsStringAsync());
        }
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task Connections_over_crossing_pairs_of_flights_all_succeed_without_deadlocking()
    {
        // Three flights into ORD and three out of it; every booking takes one of each, so bookings lock pairs of flights
        // in every combination at once. Each has seats of its own: all must be made, none refused.
        using var client = api.SignedIn(await api.Users.NewUserAsync("Crossing crowd"));
        var seats = TestFlights.Seats(76).Select(s => s.Number).ToArray();
        var day = TestFlights.DayAhead(8);
        var into = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            TestFlights.CreateAsync(api, 76, 76, departure: day.AddMinutes(i * 10), route: ("BOS", "ORD"), durationMinutes: 150)));
        var outOf = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            TestFlights.CreateAsync(api, 76, 76, departure: day.AddHours(4).AddMinutes(i * 10), route: ("ORD", "SFO"), durationMinutes: 270)));

        var responses = await Task.WhenAll(Enumerable.Range(0, 54).Select(i => client.BookAsync(BookingCalls.Itinerary(
            (into[i % 3], [seats[i]]), (outOf[i / 3 % 3], [seats[i]])))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        foreach (var flight in into.Concat(outOf))
            Assert.Equal(76 - 18, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flight));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task An_admin_cancelling_a_shared_leg_while_connections_are_booked_over_it_leaves_no_live_booking_on_it()
    {
        // Each round: two flights into ORD, the one out of it that every booking connects to, and a third leg some
        // bookings fly first; travellers book connections over the shared leg while an admin cancels it. Whatever the
        // order, no booking lives on the cancelled flight, none is half-cancelled, and nothing deadlocks into a 500.
        using var client = api.SignedIn(await api.Users.NewUserAsync("Cancelled crowd"));
        using var admin = await api.AdminAsync();
        var seats = TestFlights.Seats(76).Select(s => s.Number).ToArray();
        for (var round = 0; round < 5; round++)
        {
            var day = TestFlights.DayAhead(12 + round);
            var into = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
                TestFlights.CreateAsync(api, 76, 76, departure: day.AddMinutes(i * 15), route: ("BOS", "ORD"), durationMinutes: 150)));
            var shared = await TestFlights.CreateAsync(api, 76, 76, departure: day.AddHours(4), route: ("ORD", "SFO"), durationMinutes: 270);

            var bookings = Enumerable.Range(0, 24).Select(i => client.BookAsync(BookingCalls.Itinerary(
                (into[i % 2], [seats[i]]), (shared, [seats[i]])))).ToList();
            var cancelled = admin.DeleteAsync($"/api/admin/flights/{shared}");
            var responses = await Task.WhenAll(bookings);

            Assert.Equal(HttpStatusCode.NoContent, (await cancelled).StatusCode);
            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict or HttpStatusCode.BadRequest,
                $"{(int)r.StatusCode}: {r.Content.ReadAsStringAsync().Result}"));
            Assert.Equal(0L, await api.ScalarAsync<long>("""
                SELECT count(*) FROM bookings b JOIN booking_segments s ON s.booking_id = b.id
                WHERE s.flight_id = $1 AND b.booking_status IN ('pending_payment', 'confirmed')
                """, shared));
            // the first legs' seats of the cancelled bookings are back on sale
            foreach (var first in into)
                Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", first));
        }
        await TestFlights.AssertInvariantsAsync(api);
    }
}
