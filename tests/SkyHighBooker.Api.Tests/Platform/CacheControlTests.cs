using System.Net;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// CloudFront keeps an /api answer exactly as long as its Cache-Control says: public reads say how long, everything
/// signed in, admin or failed says no-store, so no shared cache ever hands one user's answer to another.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CacheControlTests(ApiFixture api)
{
    private static string InDays(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd");

    private static async Task<string> CacheControlOfAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(path);
        Assert.True(expected == response.StatusCode, $"GET {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Headers.CacheControl?.ToString() ?? "";
    }

    [Fact]
    public async Task Public_reads_are_cacheable_for_their_stated_time_searches_by_CloudFront_only()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);

        Assert.Equal("public, max-age=3600", await CacheControlOfAsync(api.Client, "/api/airports?q=LHR", HttpStatusCode.OK));
        Assert.Equal("public, max-age=0, s-maxage=30", await CacheControlOfAsync(api.Client, $"/api/flights?from=JFK&to=LAX&date={InDays(10)}", HttpStatusCode.OK));
        Assert.Equal("public, max-age=0, s-maxage=30", await CacheControlOfAsync(api.Client, $"/api/flights/{flight}", HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_seat_map_is_never_stored_so_a_traveller_who_lost_a_seat_rereads_the_live_map()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        Assert.Equal("no-store", await CacheControlOfAsync(api.Client, $"/api/flights/{flight}/seats", HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_public_read_that_fails_is_not_stored()
    {
        Assert.Equal("no-store", await CacheControlOfAsync(api.Client, "/api/flights?from=JFK&to=JFK&date=yesterday", HttpStatusCode.BadRequest));
        Assert.Equal("no-store", await CacheControlOfAsync(api.Client, $"/api/flights/{Guid.NewGuid()}", HttpStatusCode.NotFound));
        Assert.Equal("no-store", await CacheControlOfAsync(api.Client, $"/api/flights/{Guid.NewGuid()}/seats", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Signed_in_and_admin_answers_are_never_stored()
    {
        using var traveller = api.SignedIn(await api.Users.NewUserAsync());
        using var admin = await api.AdminAsync();

        Assert.Equal("no-store", await CacheControlOfAsync(traveller, "/api/me", HttpStatusCode.OK));
        Assert.Equal("no-store", await CacheControlOfAsync(traveller, "/api/bookings", HttpStatusCode.OK));
        Assert.Equal("no-store", await CacheControlOfAsync(admin, "/api/admin/bookings", HttpStatusCode.OK));
        Assert.Equal("no-store", await CacheControlOfAsync(api.Client, "/api/me", HttpStatusCode.Unauthorized));
    }
}
