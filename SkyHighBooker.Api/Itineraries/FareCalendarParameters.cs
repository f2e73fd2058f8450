using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>The query of a fares calendar, typed; a malformed value is a 400 naming its field (see <see cref="Apis.QueryBinding"/>).</summary>
public sealed record FareCalendarParameters(
    [FromQuery(Name = "from")][property: Description("Origin airport IATA code, e.g. BOS")] string? From,
    [FromQuery(Name = "to")][property: Description("Destination airport IATA code, e.g. SFO")] string? To,
    [FromQuery(Name = "month")][property: Description("Month of departure in the origin's local time, yyyy-MM")] string? Month,
    [FromQuery(Name = "passengers")][property: Description("Number of passengers, 1–9 (default 1); every leg must have a seat for each")] int? Passengers);
