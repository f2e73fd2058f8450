using System.Net;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Bookings;

[Collection(BookingsCollection.Name)]
public sealed class BookingConcurrencyTests(ApiFixture api)
{
    [Fact]
    public async Task Two_hundred_callers_for_the_same_seat_leave_exactly_one_holder()
    {
        var flight = await TestFlights.CreateAsync(api, totalSeats: 76, availableSeats: 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync("Racer"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.BookAsync(BookingCalls.Request(flight, "7C"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(199, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1 AND seat_number = '7C'", flight));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", flight));
        Assert.Equal(75, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flight));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task Three_hundred_one_seat_bookings_on_a_fifty_seat_flight_hold_exactly_fifty()
    {
        // 60 seats on the aircraft, 10 already sold before this system took the flight over: 50 for sale.
        var flight = await TestFlights.CreateAsync(api, totalSeats: 60, availableSeats: 50);
        var seats = TestFlights.Seats(60);
        using var client = api.SignedIn(await api.Users.NewUserAsync("Crowd"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 300)
            .Select(i => client.BookAsync(BookingCalls.Request(flight, seats[i % seats.Count].Number))));

        Assert.Equal(50, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(250, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(0, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flight));
        Assert.Equal(50L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1 AND booking_id IS NOT NULL", flight));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task Parties_racing_for_overlapping_seats_get_all_their_seats_or_none()
    {
        var flight = await TestFlights.CreateAsync(api, totalSeats: 40, availableSeats: 40);
        var seats = TestFlights.Seats(40).Select(s => s.Number).ToArray();
        using var client = api.SignedIn(await api.Users.NewUserAsync("Family"));

        // 60 parties of three, each overlapping its neighbours: any seat in two bookings would be an oversell.
        var responses = await Task.WhenAll(Enumerable.Range(0, 60)
            .Select(i => client.BookAsync(BookingCalls.Request(flight, seats[i % 40], seats[(i + 1) % 40], seats[(i + 2) % 40]))));

        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.InRange(created, 1, 13);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Equal(created * 3L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1", flight));
        Assert.Equal(40 - created * 3, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flight));
        await TestFlights.AssertInvariantsAsync(api);
    }
}
