using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>The query of an itinerary search, typed; a malformed value is a 400 naming its field (see <see cref="Apis.QueryBinding"/>).</summary>
public sealed record ItinerarySearchParameters(
    [FromQuery(Name = "from")][property: Description("Origin airport IATA code, e.g. BOS")] string? From,
    [FromQuery(Name = "to")][property: Description("Destination airport IATA code, e.g. SFO")] string? To,
    [FromQuery(Name = "date")][property: Description("Departure date in the origin's local time, yyyy-MM-dd")] DateOnly? Date,
    [FromQuery(Name = "passengers")][property: Description("Number of passengers, 1–9 (default 1); every leg must have a seat for each")] int? Passengers,
    [FromQuery(Name = "maxStops")][property: Description("Most connections, 0–2 (default 1)")] int? MaxStops,
    [FromQuery(Name = "sort")][property: Description("Order of the results (default price)")] ItinerarySort? Sort);
