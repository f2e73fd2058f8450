using System.Globalization;
using System.Text.Json.Serialization;

namespace SkyHighBooker.Api.Flights;

[JsonConverter(typeof(JsonStringEnumConverter<FlightSort>))]
public enum FlightSort
{
    [JsonStringEnumMemberName("departure")] Departure,
    [JsonStringEnumMemberName("price")] Price,
    [JsonStringEnumMemberName("duration")] Duration,
}

/// <summary>A validated search: known airports, a bookable local date, sane paging.</summary>
public sealed record FlightSearchQuery(
    Airport From,
    Airport To,
    DateOnly Date,
    int Passengers,
    FlightSort Sort,
    string? Airline,
    decimal? MaxPrice,
    TimeOnly? DepartAfter,
    TimeOnly? DepartBefore,
    int Page,
    int PageSize)
{
    public const int MaxPassengers = 9;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    public const int BookableDaysAhead = 365;

    /// <summary>
    /// The search as a cache key, built from validated values (codes as the directory spells them, defaults filled in),
    /// so differently spelt requests for the same search share an entry. The airline, free text, comes last, where a
    /// '|' in it cannot shift the other fields.
    /// </summary>
    public string CacheKey => string.Create(CultureInfo.InvariantCulture,
        $"{From.Code}|{To.Code}|{Date:yyyy-MM-dd}|{Passengers}|{Sort}|{MaxPrice}|{DepartAfter:O}|{DepartBefore:O}|{Page}|{PageSize}|{Airline}");
}
