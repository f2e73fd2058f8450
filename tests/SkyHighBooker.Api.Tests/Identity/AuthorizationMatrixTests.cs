using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Identity;

/// <summary>
/// Every non-public endpoint against anonymous, user A, user B and an admin. A's booking is A's alone:
/// others get 404, so its existence does not leak; admin-only endpoints answer 403 to users.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationMatrixTests(ApiFixture api) : IAsyncLifetime
{
    private HttpClient anonymous = null!, userA = null!, userB = null!, admin = null!;
    private Guid bookingOfA;
    private string someFlightId = "";

    public async Task InitializeAsync()
    {
        var a = await api.Users.NewUserAsync("Alice");
        var b = await api.Users.NewUserAsync("Bob");
        anonymous = api.Factory.CreateClient();
        userA = api.SignedIn(a);
        userB = api.SignedIn(b);
        admin = await api.AdminAsync();
        bookingOfA = await TestBookings.InsertAsync(api, a.Sub);
        someFlightId = (await api.ScalarAsync<Guid>("SELECT id FROM flights WHERE departure_date > current_date + 5 ORDER BY id DESC LIMIT 1")).ToString();
    }

    public Task DisposeAsync()
    {
        foreach (var client in new[] { anonymous, userA, userB, admin }) client.Dispose();
        return Task.CompletedTask;
    }

    private static object NewFlight(string number) => new
    {
        flightNumber = number, airline = "Sky High Air", from = "JFK", to = "BOS",
        departureTime = DateTimeOffset.UtcNow.AddDays(40), arrivalTime = DateTimeOffset.UtcNow.AddDays(40).AddMinutes(75),
        price = 129.50m, aircraft = "Airbus A220-300", totalSeats = 140,
    };

    private async Task<HttpStatusCode> StatusAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await client.SendAsync(request);
        if ((int)response.StatusCode >= 400 && (int)response.StatusCode != 405)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        return response.StatusCode;
    }

    [Fact]
    public async Task Profile_endpoints_need_a_signed_in_user()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Get, "/api/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Put, "/api/me", new { firstName = "X", lastName = "Y" }));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(userA, HttpMethod.Get, "/api/me"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, HttpMethod.Get, "/api/me"));
    }

    [Fact]
    public async Task A_booking_is_visible_to_its_owner_only()
    {
        var path = $"/api/bookings/{bookingOfA}";
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(userA, HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(userB, HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(admin, HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(userB, HttpMethod.Get, $"/api/bookings/{Guid.NewGuid()}"));
    }

    [Fact]
    public async Task Writes_on_a_booking_are_its_owners_only()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Post, "/api/bookings", BookingCalls.Request(flight, "4A")));
        foreach (var path in new[] { $"/api/bookings/{bookingOfA}/cancel", $"/api/bookings/{bookingOfA}/payments" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Post, path));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(userB, HttpMethod.Post, path, idempotencyKey: Guid.NewGuid().ToString()));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(admin, HttpMethod.Post, path, idempotencyKey: Guid.NewGuid().ToString()));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Get, $"/api/bookings/{bookingOfA}/payments"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(userB, HttpMethod.Get, $"/api/bookings/{bookingOfA}/payments"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(userA, HttpMethod.Get, $"/api/bookings/{bookingOfA}/payments"));
        Assert.Equal("confirmed", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", bookingOfA));
    }

    [Fact]
    public async Task Booking_lists_hold_only_the_callers_bookings()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Get, "/api/bookings"));
        var ofA = await userA.GetFromJsonAsync<JsonPage>("/api/bookings");
        var ofB = await userB.GetFromJsonAsync<JsonPage>("/api/bookings");
        Assert.Contains(ofA!.Items, b => b.Id == bookingOfA);
        Assert.DoesNotContain(ofB!.Items, b => b.Id == bookingOfA);
    }

    [Fact]
    public async Task Admin_bookings_are_for_admins_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, HttpMethod.Get, "/api/admin/bookings"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(userA, HttpMethod.Get, "/api/admin/bookings"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, HttpMethod.Get, "/api/admin/bookings"));
    }

    [Fact]
    public async Task Admin_flight_management_is_for_admins_only()
    {
        var number = "SH" + Random.Shared.Next(1000, 9999);
        foreach (var (client, expected) in new[] { (anonymous, HttpStatusCode.Unauthorized), (userA, HttpStatusCode.Forbidden) })
        {
            Assert.Equal(expected, await StatusAsync(client, HttpMethod.Get, "/api/admin/flights"));
            Assert.Equal(expected, await StatusAsync(client, HttpMethod.Post, "/api/admin/flights", NewFlight(number)));
            Assert.Equal(expected, await StatusAsync(client, HttpMethod.Put, $"/api/admin/flights/{someFlightId}", NewFlight(number)));
            Assert.Equal(expected, await StatusAsync(client, HttpMethod.Delete, $"/api/admin/flights/{someFlightId}"));
        }
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM flights WHERE flight_number = $1", number));
        Assert.Equal("scheduled", await api.ScalarAsync<string>("SELECT status FROM flights WHERE id = $1::uuid", someFlightId));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, HttpMethod.Get, "/api/admin/flights"));
        Assert.Equal(HttpStatusCode.Created, await StatusAsync(admin, HttpMethod.Post, "/api/admin/flights", NewFlight(number)));
        var created = await api.ScalarAsync<Guid>("SELECT id FROM flights WHERE flight_number = $1", number);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, HttpMethod.Put, $"/api/admin/flights/{created}", NewFlight(number)));
        Assert.Equal(HttpStatusCode.NoContent, await StatusAsync(admin, HttpMethod.Delete, $"/api/admin/flights/{created}"));
    }

    [Fact]
    public async Task Flight_search_stays_public()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, HttpMethod.Get, $"/api/flights?from=JFK&to=LAX&date={DateTime.UtcNow.AddDays(3):yyyy-MM-dd}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, HttpMethod.Get, "/api/airports?q=par"));
    }

    private sealed record JsonPage(List<JsonBooking> Items);
    private sealed record JsonBooking(Guid Id);
}
