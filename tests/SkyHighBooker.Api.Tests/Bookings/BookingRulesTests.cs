using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Bookings;

[Collection(BookingsCollection.Name)]
public sealed class BookingRulesTests(ApiFixture api)
{
    [Fact]
    public async Task A_booking_holds_its_seats_for_ten_minutes_at_prices_the_server_computes()
    {
        var flight = await TestFlights.CreateAsync(api, totalSeats: 180, availableSeats: 180, aircraft: "Airbus A320neo", price: 123.45m);
        var layout = SeatLayout.For("Airbus A320neo", 180);
        var business = layout.Seats.First(s => s.Cabin == Cabin.Business).Number;
        var economy = layout.Seats.Last().Number;
        using var client = api.SignedIn(await api.Users.NewUserAsync("Payer"));

        var request = new
        {
            flightId = flight, totalAmount = 0.01m, status = "confirmed", userId = "someone-else",
            passengers = new[] { new { name = "Ann Lead", email = "ann@example.com", seat = business, fare = 1m }, new { name = "Ben Two", email = "ben@example.com", seat = economy.ToLowerInvariant(), fare = 1m } },
        };
        var response = await client.BookAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<BookingView>())!;

        Assert.Equal("pending_payment", booking.Status);
        Assert.Equal(123.45m * 3.20m + 123.45m, booking.TotalAmount);
        Assert.Equal([395.04m, 123.45m], booking.Passengers.Select(p => p.Fare));
        Assert.Equal(["business", "economy"], booking.Passengers.Select(p => p.Cabin));
        Assert.InRange(booking.HoldExpiresAt!.Value, DateTimeOffset.UtcNow.AddMinutes(9), DateTimeOffset.UtcNow.AddMinutes(10.5));
        Assert.Matches("^[A-Z2-9]{6}$", booking.Reference);
        Assert.Equal(response.Headers.Location!.ToString(), $"/api/bookings/{booking.Id}");

        var map = await api.Client.GetFromJsonAsync<SeatMapView>($"/api/flights/{flight}/seats");
        Assert.Equal("held", map!.Seats.Single(s => s.Number == business).State);
        Assert.Equal(178, map.AvailableSeats);
        Assert.Equal(178, map.Seats.Count(s => s.State == "available"));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_bookings_departure_is_on_the_origin_airports_clock_when_booked_and_when_read()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        var departureUtc = await api.ScalarAsync<DateTime>("SELECT departure_time FROM flights WHERE id = $1", flight);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var created = (await (await client.BookAsync(BookingCalls.Request(flight, "14A"))).Content.ReadFromJsonAsync<BookingView>())!;
        var read = (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{created.Id}"))!;

        var boston = TimeZoneInfo.FindSystemTimeZoneById("America/New_York").GetUtcOffset(departureUtc);
        foreach (var view in new[] { created, read })
        {
            Assert.Equal(boston, view.DepartureTime.Offset);
            Assert.Equal(new DateTimeOffset(departureUtc, TimeSpan.Zero), view.DepartureTime);
        }
    }

    [Fact]
    public async Task The_seat_map_of_a_seeded_flight_shows_its_presold_seats_without_passenger_data()
    {
        var flightId = await api.ScalarAsync<Guid>("SELECT id FROM flights WHERE departure_date > current_date + 3 AND available_seats BETWEEN 20 AND total_seats - 20 AND NOT seats_materialized LIMIT 1");
        var (total, available) = (await api.ScalarAsync<int>("SELECT total_seats FROM flights WHERE id = $1", flightId), await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flightId));
        var body = await api.Client.GetStringAsync($"/api/flights/{flightId}/seats");
        var map = System.Text.Json.JsonSerializer.Deserialize<SeatMapView>(body, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        Assert.Equal(total, map.Seats.Count);
        Assert.Equal(available, map.Seats.Count(s => s.State == "available"));
        Assert.Equal(map.Seats.Count, map.Seats.Select(s => s.Number).Distinct().Count());
        Assert.DoesNotContain("@", body);

        // Booking it writes those same seats as taken.
        var free = map.Seats.First(s => s.State == "available").Number;
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        Assert.Equal(HttpStatusCode.Created, (await client.BookAsync(BookingCalls.Request(flightId, free))).StatusCode);
        var after = await api.Client.GetFromJsonAsync<SeatMapView>($"/api/flights/{flightId}/seats");
        Assert.Equal(map.Seats.Where(s => s.State == "booked").Select(s => s.Number).Order(), after!.Seats.Where(s => s.State == "booked").Select(s => s.Number).Order());
        Assert.Equal(available - 1, after.AvailableSeats);
        await TestFlights.AssertInvariantsAsync(api);
    }

    public static TheoryData<object, string> BadBookings(Guid flight) => new()
    {
        { new { flightId = flight, passengers = Array.Empty<object>() }, "passengers" },
        { new { flightId = flight, passengers = Enumerable.Range(1, 10).Select(i => new { name = "P", email = "p@example.com", seat = $"{i}A" }).ToArray() }, "passengers" },
        { new { flightId = flight, passengers = new[] { new { name = "", email = "p@example.com", seat = "1A" } } }, "passengers[0].name" },
        { new { flightId = flight, passengers = new[] { new { name = "P", email = "not-an-email", seat = "1A" } } }, "passengers[0].email" },
        { new { flightId = flight, passengers = new[] { new { name = "P", email = "p@example.com", seat = "99Z" } } }, "passengers[0].seat" },
        { new { flightId = flight, passengers = new[] { new { name = "P", email = "p@example.com", seat = "2A" }, new { name = "Q", email = "q@example.com", seat = "2a" } } }, "passengers" },
        { new { flightId = Guid.NewGuid(), passengers = new[] { new { name = "P", email = "p@example.com", seat = "1A" } } }, "flightId" },
        { new { passengers = new[] { new { name = "P", email = "p@example.com", seat = "1A" } } }, "flightId" },
    };

    [Fact]
    public async Task Bad_bookings_are_400s_naming_the_field_and_write_nothing()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        foreach (var row in BadBookings(flight))
        {
            await ProblemAssertions.AssertValidationProblemNamingAsync(await client.BookAsync(row[0]), (string)row[1]);
        }
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", flight));
        Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flight));
    }

    [Fact]
    public async Task A_cancelled_flight_takes_no_bookings()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        await api.ScalarAsync<int>("UPDATE flights SET status = 'cancelled' WHERE id = $1 RETURNING 0", flight);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.BookAsync(BookingCalls.Request(flight, "1A")), "flightId");
    }

    [Fact]
    public async Task An_expired_hold_frees_its_seats_and_the_booking_becomes_expired()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var booking = (await (await client.BookAsync(BookingCalls.Request(flight, "3A", "3C"))).Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(74, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flight));

        await api.ScalarAsync<int>("UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1 RETURNING 0", booking.Id);
        await api.SweepHoldsAsync();

        Assert.Equal("expired", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!.Status);
        Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", flight));
        var someoneElse = api.SignedIn(await api.Users.NewUserAsync());
        Assert.Equal(HttpStatusCode.Created, (await someoneElse.BookAsync(BookingCalls.Request(flight, "3A"))).StatusCode);
        await TestFlights.AssertInvariantsAsync(api);
    }
}
