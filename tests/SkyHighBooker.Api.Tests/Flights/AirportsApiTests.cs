using System.Net.Http.Json;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Flights;

[Collection(ApiCollection.Name)]
public sealed class AirportsApiTests(ApiFixture api)
{
    private Task<List<AirportMatch>?> FindAsync(string query) =>
        api.Client.GetFromJsonAsync<List<AirportMatch>>("/api/airports?" + query);

    [Fact]
    public async Task An_exact_code_comes_first()
    {
        var matches = await FindAsync("q=lax");
        Assert.Equal("LAX", matches![0].Code);
        Assert.Equal("America/Los_Angeles", matches[0].TimeZone);
    }

    [Fact]
    public async Task A_city_finds_all_its_airports()
    {
        var matches = await FindAsync("q=London");
        Assert.Equal(["LGW", "LHR"], matches!.Select(m => m.Code).Order());
    }

    [Fact]
    public async Task A_code_prefix_autocompletes()
    {
        var matches = await FindAsync("q=JF");
        Assert.Contains(matches!, m => m.Code == "JFK");
        Assert.All(matches!, m => Assert.Contains("JF", $"{m.Code} {m.City} {m.Name}".ToUpperInvariant()));
    }

    [Fact]
    public async Task Limit_caps_the_results_and_a_bad_limit_is_a_400()
    {
        Assert.Equal(3, (await FindAsync("limit=3"))!.Count);
        await ProblemAssertions.AssertValidationProblemNamingAsync(await api.Client.GetAsync("/api/airports?limit=500"), "limit");
    }

    [Fact]
    public async Task Nothing_matches_nonsense()
    {
        Assert.Empty((await FindAsync("q=zzzzqqq"))!);
    }
}
