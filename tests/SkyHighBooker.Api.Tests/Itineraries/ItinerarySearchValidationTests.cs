using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Itineraries;

[Collection(ApiCollection.Name)]
public sealed class ItinerarySearchValidationTests(ApiFixture api)
{
    private static readonly string Soon = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd");

    public static TheoryData<string, string> BadSearches => new()
    {
        { $"from=XXX&to=SFO&date={Soon}", "from" },
        { $"to=SFO&date={Soon}", "from" },
        { $"from=BOS&to=QQQ&date={Soon}", "to" },
        { $"from=BOS&to=BOS&date={Soon}", "to" },
        { "from=BOS&to=SFO", "date" },
        { "from=BOS&to=SFO&date=2020-01-01", "date" },
        { "from=BOS&to=SFO&date=tomorrow", "date" },
        { $"from=BOS&to=SFO&date={DateTime.UtcNow.AddDays(400):yyyy-MM-dd}", "date" },
        { $"from=BOS&to=SFO&date={Soon}&passengers=0", "passengers" },
        { $"from=BOS&to=SFO&date={Soon}&passengers=10", "passengers" },
        { $"from=BOS&to=SFO&date={Soon}&passengers=two", "passengers" },
        { $"from=BOS&to=SFO&date={Soon}&maxStops=3", "maxStops" },
        { $"from=BOS&to=SFO&date={Soon}&maxStops=-1", "maxStops" },
        { $"from=BOS&to=SFO&date={Soon}&maxStops=any", "maxStops" },
        { $"from=BOS&to=SFO&date={Soon}&sort=best", "sort" },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Bad_itinerary_search_input_is_a_400_problem_naming_the_field(string query, string field)
    {
        var response = await api.Client.GetAsync("/api/itineraries?" + query);
        await ProblemAssertions.AssertValidationProblemNamingAsync(response, field);
    }

    [Fact]
    public async Task Every_bad_itinerary_field_is_reported_at_once()
    {
        var response = await api.Client.GetAsync("/api/itineraries?from=XXX&to=YYY&date=nope&passengers=99&maxStops=7&sort=x");
        var errors = await ProblemAssertions.AssertProblemAsync(response, System.Net.HttpStatusCode.BadRequest);
        foreach (var field in new[] { "from", "to", "date", "passengers", "maxStops", "sort" })
            Assert.True(errors.TryGetProperty(field, out _), $"missing {field} in {errors}");
    }
}
