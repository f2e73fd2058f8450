using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Bookings;

/// <summary>A connection or a round trip booked as one booking: a segment per flight, every seat on every leg held together.</summary>
[Collection(BookingsCollection.Name)]
public sealed class ItineraryBookingTests(ApiFixture api)
{
    /// <summary>BOS→ORD landing 16:30 UTC, then ORD→SFO leaving <paramref name="connectMinutes"/> later (ORD's domestic minimum is 60).</summary>
    private async Task<(Guid First, Guid Second)> ConnectionAsync(int connectMinutes = 90, int seats = 76, int secondAvailable = 76, decimal secondPrice = 300m)
    {
        var day = TestFlights.DayAhead(14);
        var first = await TestFlights.CreateAsync(api, seats, seats, price: 200m, departure: day, route: ("BOS", "ORD"), durationMinutes: 150);
        var second = await TestFlights.CreateAsync(api, seats, secondAvailable, price: secondPrice,
            departure: day.AddMinutes(150 + connectMinutes), route: ("ORD", "SFO"), durationMinutes: 270);
        return (first, second);
    }

    [Fact]
    public async Task A_connection_is_one_booking_with_a_segment_per_flight_and_every_seat_held()
    {
        var (first, second) = await ConnectionAsync();
        using var client = api.SignedIn(await api.Users.NewUserAsync("Connector"));

        var response = await client.BookAsync(BookingCalls.Itinerary((first, ["5A", "5C"]), (second, ["7A", "7C"])));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(first, booking.FlightId);
        Assert.Equal([first, second], booking.Segments.Select(s => s.FlightId));
        Assert.Equal(["5A", "5C"], booking.Segments[0].Seats.Select(s => s.Seat));
        Assert.Equal(["7A", "7C"], booking.Segments[1].Seats.Select(s => s.Seat));
        Assert.Equal(2 * 200m + 2 * 300m, booking.TotalAmount); // economy on both legs
        Assert.Equal([500m, 500m], booking.Passengers.Select(p => p.Fare));
        Assert.Equal(2L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE booking_id = $1 AND flight_id = $2", booking.Id, first));
        Assert.Equal(2L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE booking_id = $1 AND flight_id = $2", booking.Id, second));

        var read = (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!;
        Assert.Equal(booking.Segments.Select(s => (s.FlightId, s.From, s.To, string.Join(",", s.Seats.Select(x => x.Seat)))),
            read.Segments.Select(s => (s.FlightId, s.From, s.To, string.Join(",", s.Seats.Select(x => x.Seat)))));
        Assert.Equal(booking.Segments[1].DepartureTime, read.Segments[1].DepartureTime);
        var listed = (await client.GetFromJsonAsync<Apis.PagedList<BookingView>>("/api/bookings"))!;
        Assert.Equal(2, listed.Items.Single(b => b.Id == booking.Id).Segments.Count);
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_round_trip_is_one_booking_with_the_return_after_a_stay()
    {
        var outbound = TestFlights.DayAhead(14);
        var there = await TestFlights.CreateAsync(api, 76, 76, price: 150m, departure: outbound, route: ("BOS", "DEN"), durationMinutes: 240);
        var back = await TestFlights.CreateAsync(api, 76, 76, price: 170m, departure: outbound.AddDays(5), route: ("DEN", "BOS"), durationMinutes: 220);
        using var client = api.SignedIn(await api.Users.NewUserAsync("Returner"));

        var response = await client.BookAsync(BookingCalls.Itinerary((there, ["3A"]), (back, ["4D"])));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(["BOS", "DEN"], booking.Segments.Select(s => s.From));
        Assert.Equal(booking.TotalAmount, booking.Segments.Sum(s => s.Seats.Sum(x => x.Fare)));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_seat_taken_on_the_second_leg_refuses_the_whole_booking_naming_that_leg_and_seat()
    {
        var (first, second) = await ConnectionAsync();
        using var client = api.SignedIn(await api.Users.NewUserAsync("Unlucky"));
        Assert.Equal(HttpStatusCode.Created, (await client.BookAsync(BookingCalls.Request(second, "7C"))).StatusCode);
        var availableBefore = await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", first);

        var response = await client.BookAsync(BookingCalls.Itinerary((first, ["5A", "5C"]), (second, ["7A", "7C"])));

        var errors = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("7C", errors.GetProperty("segments[1].seats[1]")[0].GetString());
        Assert.Contains("segment 2", errors.GetProperty("segments[1].seats[1]")[0].GetString());
        Assert.Equal(availableBefore, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", first));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM booking_segments WHERE flight_id = $1", first));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1 AND booking_id IS NOT NULL", first));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_sold_out_leg_refuses_the_whole_booking_and_writes_nothing()
    {
        // The second leg's 76 seats were all sold before this system took it over.
        var (first, second) = await ConnectionAsync(secondAvailable: 0);
        using var client = api.SignedIn(await api.Users.NewUserAsync("TooLate"));

        var response = await client.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (second, [TestFlights.Seats(76)[40].Number])));

        var errors = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.True(errors.TryGetProperty("segments[1].seats[0]", out _) || errors.TryGetProperty("segments[1].flightId", out _), errors.ToString());
        Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", first));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", first));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task Legs_that_do_not_connect_are_refused_naming_the_leg()
    {
        var day = TestFlights.DayAhead(14);
        var first = await TestFlights.CreateAsync(api, 76, 76, departure: day, route: ("BOS", "ORD"), durationMinutes: 150);
        var elsewhere = await TestFlights.CreateAsync(api, 76, 76, departure: day.AddHours(5), route: ("DEN", "SFO"));
        using var client = api.SignedIn(await api.Users.NewUserAsync("Lost"));

        var response = await client.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (elsewhere, ["5A"])));

        await ProblemAssertions.AssertValidationProblemNamingAsync(response, "segments[1].flightId");
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", first));
    }

    [Fact]
    public async Task A_connection_shorter_than_the_hubs_minimum_is_refused()
    {
        var (first, second) = await ConnectionAsync(connectMinutes: 40); // ORD's domestic minimum is 60
        using var client = api.SignedIn(await api.Users.NewUserAsync("Hurried"));

        var response = await client.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (second, ["5A"])));

        await ProblemAssertions.AssertValidationProblemNamingAsync(response, "segments[1].flightId");
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", first));
    }

    [Fact]
    public async Task A_second_leg_that_leaves_before_the_first_lands_is_refused()
    {
        var (first, second) = await ConnectionAsync(connectMinutes: -30);
        using var client = api.SignedIn(await api.Users.NewUserAsync("Impossible"));

        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (second, ["5A"]))), "segments[1].flightId");
    }

    [Fact]
    public async Task A_leg_in_the_past_is_refused()
    {
        var (gone, next) = await ConnectionAsync();
        // Departed two days ago (its departure date left as it was: the seeding tests count the schedule's dates).
        await api.ScalarAsync<int>(
            "UPDATE flights SET departure_time = now() - interval '2 days', arrival_time = now() - interval '2 days' + interval '150 minutes' WHERE id = $1 RETURNING 0",
            gone);
        using var client = api.SignedIn(await api.Users.NewUserAsync("Late"));

        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.BookAsync(BookingCalls.Itinerary((gone, ["5A"]), (next, ["5A"]))), "segments[0].flightId");
    }

    [Fact]
    public async Task The_same_flight_twice_is_refused()
    {
        var (first, _) = await ConnectionAsync();
        using var client = api.SignedIn(await api.Users.NewUserAsync("Twice"));

        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (first, ["6A"]))), "segments[1].flightId");
    }

    [Fact]
    public async Task Seats_per_leg_must_match_the_passengers_and_exist_on_that_legs_aircraft()
    {
        var (first, second) = await ConnectionAsync();
        using var client = api.SignedIn(await api.Users.NewUserAsync("Miscounted"));

        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.BookAsync(new
        {
            passengers = new[] { new { name = "A", email = "a@example.com" }, new { name = "B", email = "b@example.com" } },
            segments = new[] { new { flightId = first, seats = new[] { "5A", "5C" } }, new { flightId = second, seats = new[] { "7A" } } },
        }), "segments[1].seats");
        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (second, ["99Z"]))), "segments[1].seats[0]");
        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.BookAsync(new { flightId = first, passengers = new[] { new { name = "A", email = "a@example.com", seat = "5A" } },
                segments = new[] { new { flightId = second, seats = new[] { "7A" } } } }), "flightId");
    }

    [Fact]
    public async Task Another_user_cannot_see_a_connection_booking()
    {
        var (first, second) = await ConnectionAsync();
        using var owner = api.SignedIn(await api.Users.NewUserAsync("Owner"));
        using var stranger = api.SignedIn(await api.Users.NewUserAsync("Stranger"));
        var booking = (await (await owner.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (second, ["5A"]))))
            .Content.ReadFromJsonAsync<BookingView>())!;

        await ProblemAssertions.AssertProblemAsync(await stranger.GetAsync($"/api/bookings/{booking.Id}"), HttpStatusCode.NotFound);
        await ProblemAssertions.AssertProblemAsync(await stranger.PostAsync($"/api/bookings/{booking.Id}/cancel", null), HttpStatusCode.NotFound);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<Apis.PagedList<BookingView>>("/api/bookings"))!.Items, b => b.Id == booking.Id);
        Assert.Equal("pending_payment", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));
    }
}
