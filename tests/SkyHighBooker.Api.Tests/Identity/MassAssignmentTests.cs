using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Identity;

/// <summary>Fields a client must not set — role, ids, statuses, derived values — are ignored whatever the body says.</summary>
[Collection(ApiCollection.Name)]
public sealed class MassAssignmentTests(ApiFixture api)
{
    [Fact]
    public async Task A_user_cannot_make_themselves_admin_through_their_profile()
    {
        var user = await api.Users.NewUserAsync("Mallory");
        using var client = api.SignedIn(user);
        var response = await client.PutAsJsonAsync("/api/me", new
        {
            firstName = "Mallory", lastName = "Admin", role = "admin", id = "someone-else", email = "boss@example.com", emailVerified = true,
        });
        var profile = await response.Content.ReadFromJsonAsync<UserProfile>();
        Assert.Equal("user", profile!.Role);
        Assert.Equal(user.Sub, profile.Id);
        Assert.Equal(user.Email, profile.Email);
        Assert.Equal("user", await api.ScalarAsync<string>("SELECT role FROM users WHERE id = $1", user.Sub));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/bookings")).StatusCode);
    }

    [Fact]
    public async Task Writing_custom_role_at_sign_up_does_not_make_an_admin()
    {
        var user = await api.Users.NewUserAsync("Eve", "Sneaky", ("custom:role", "admin"));
        using var client = api.SignedIn(user);
        Assert.Equal("user", (await client.GetFromJsonAsync<UserProfile>("/api/me"))!.Role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/bookings")).StatusCode);
    }

    [Fact]
    public async Task A_new_flight_takes_its_id_status_and_duration_from_the_server()
    {
        using var admin = await api.AdminAsync();
        var departure = DateTimeOffset.UtcNow.AddDays(50);
        var forcedId = Guid.NewGuid();
        var response = await admin.PostAsJsonAsync("/api/admin/flights", new
        {
            id = forcedId, status = "cancelled", durationMinutes = 1, departureDate = "2000-01-01", createdAt = "2000-01-01T00:00:00Z",
            flightNumber = "MA" + Random.Shared.Next(1000, 9999), airline = "Sky High Air", from = "LAX", to = "SFO",
            departureTime = departure, arrivalTime = departure.AddMinutes(85), price = 99.99m, aircraft = "Airbus A320neo", totalSeats = 180,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var flight = await response.Content.ReadFromJsonAsync<FlightSummary>();
        Assert.NotEqual(forcedId, flight!.Id);
        Assert.Equal(85, flight.DurationMinutes);
        Assert.Equal(180, flight.AvailableSeats);
        Assert.Equal("scheduled", await api.ScalarAsync<string>("SELECT status FROM flights WHERE id = $1", flight.Id));
        Assert.NotEqual(2000, (await api.ScalarAsync<DateTime>("SELECT created_at FROM flights WHERE id = $1", flight.Id)).Year);
    }
}
