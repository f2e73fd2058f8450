using System.Net.Http.Json;
using SkyHighBooker.Api.Itineraries;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Itineraries;

public static class ItineraryCalls
{
    public static async Task<ItinerarySearchResult> SearchAsync(this ApiFixture api, string query)
    {
        var response = await api.Client.GetAsync("/api/itineraries?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ItinerarySearchResult>())!;
    }

    /// <summary>A flight of the test's own, leaving at <paramref name="departs"/> (UTC).</summary>
    public static Task<Guid> FlightAsync(this ApiFixture api, string from, string to, DateTimeOffset departs, int minutes,
        decimal price = 200m, int availableSeats = 50) =>
        TestFlights.CreateAsync(api, totalSeats: 76, availableSeats: availableSeats, price: price, departure: departs,
            route: (from, to), durationMinutes: minutes);

    public static IEnumerable<Guid[]> LegIds(this ItinerarySearchResult result) =>
        result.Items.Select(i => i.Legs.Select(l => l.Id).ToArray());
}
