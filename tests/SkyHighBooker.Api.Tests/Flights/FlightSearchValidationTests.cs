using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Flights;

[Collection(ApiCollection.Name)]
public sealed class FlightSearchValidationTests(ApiFixture api)
{
    private static readonly string Soon = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd");

    public static TheoryData<string, string> BadSearches => new()
    {
        { $"from=XXX&to=LAX&date={Soon}", "from" },
        { $"from=JFK&to=QQQ&date={Soon}", "to" },
        { $"to=LAX&date={Soon}", "from" },
        { $"from=JFK&to=JFK&date={Soon}", "to" },
        { "from=JFK&to=LAX&date=2020-01-01", "date" },
        { $"from=JFK&to=LAX&date={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}", "date" },
        { "from=JFK&to=LAX&date=31/12/2030", "date" },
        { "from=JFK&to=LAX&date=2030-02-30", "date" },
        { "from=JFK&to=LAX&date=tomorrow", "date" },
        { "from=JFK&to=LAX", "date" },
        { $"from=JFK&to=LAX&date={Soon}&passengers=0", "passengers" },
        { $"from=JFK&to=LAX&date={Soon}&passengers=10", "passengers" },
        { $"from=JFK&to=LAX&date={Soon}&passengers=-1", "passengers" },
        { $"from=JFK&to=LAX&date={Soon}&passengers=two", "passengers" },
        { $"from=JFK&to=LAX&date={Soon}&pageSize=101", "pageSize" },
        { $"from=JFK&to=LAX&date={Soon}&pageSize=0", "pageSize" },
        { $"from=JFK&to=LAX&date={Soon}&page=0", "page" },
        { $"from=JFK&to=LAX&date={Soon}&sort=cheapest", "sort" },
        { $"from=JFK&to=LAX&date={Soon}&sort=1", "sort" },
        { $"from=JFK&to=LAX&date={Soon}&maxPrice=-5", "maxPrice" },
        { $"from=JFK&to=LAX&date={Soon}&maxPrice=lots", "maxPrice" },
        { $"from=JFK&to=LAX&date={Soon}&departAfter=25:00", "departAfter" },
        { $"from=JFK&to=LAX&date={Soon}&departAfter=18:00&departBefore=08:00", "departBefore" },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Bad_search_input_is_a_400_problem_naming_the_field(string query, string field)
    {
        var response = await api.Client.GetAsync("/api/flights?" + query);
        await ProblemAssertions.AssertValidationProblemNamingAsync(response, field);
    }

    [Fact]
    public async Task Typed_values_are_read_in_any_case_and_with_spaces_around_them()
    {
        var response = await api.Client.GetAsync($"/api/flights?from=JFK&to=LAX&date=%20{Soon}&passengers=%202&sort=PRICE&maxPrice=5000.50&departAfter=6:00&page=1");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once()
    {
        var response = await api.Client.GetAsync("/api/flights?from=XXX&to=YYY&date=nope&passengers=99&pageSize=1000&sort=x");
        var errors = await ProblemAssertions.AssertProblemAsync(response, System.Net.HttpStatusCode.BadRequest);
        foreach (var field in new[] { "from", "to", "date", "passengers", "pageSize", "sort" })
            Assert.True(errors.TryGetProperty(field, out _), $"missing {field} in {errors}");
    }
}
