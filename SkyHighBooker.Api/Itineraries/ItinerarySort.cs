using System.Text.Json.Serialization;

namespace SkyHighBooker.Api.Itineraries;

[JsonConverter(typeof(JsonStringEnumConverter<ItinerarySort>))]
public enum ItinerarySort
{
    [JsonStringEnumMemberName("price")] Price,
    [JsonStringEnumMemberName("duration")] Duration,
    [JsonStringEnumMemberName("departure")] Departure,
    [JsonStringEnumMemberName("arrival")] Arrival,
}
