using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Flights;

/// <summary>
/// The query string as sent. Everything binds as text so that a malformed value becomes a 400 naming its field
/// instead of a binding failure.
/// </summary>
public sealed record FlightSearchParameters(
    [FromQuery(Name = "from")][property: Description("Origin airport IATA code, e.g. JFK")] string? From,
    [FromQuery(Name = "to")][property: Description("Destination airport IATA code, e.g. LAX")] string? To,
    [FromQuery(Name = "date")][property: Description("Departure date in the origin's local time, yyyy-MM-dd")] string? Date,
    [FromQuery(Name = "passengers")][property: Description("Number of passengers, 1–9 (default 1)")] string? Passengers,
    [FromQuery(Name = "sort")][property: Description("price | departure | duration (default departure)")] string? Sort,
    [FromQuery(Name = "airline")][property: Description("Airline name or two-letter code")] string? Airline,
    [FromQuery(Name = "maxPrice")][property: Description("Highest fare per passenger")] string? MaxPrice,
    [FromQuery(Name = "departAfter")][property: Description("Earliest local departure time, HH:mm")] string? DepartAfter,
    [FromQuery(Name = "departBefore")][property: Description("Latest local departure time, HH:mm")] string? DepartBefore,
    [FromQuery(Name = "page")][property: Description("Page number from 1 (default 1)")] string? Page,
    [FromQuery(Name = "pageSize")][property: Description("Results per page, 1–100 (default 20)")] string? PageSize);
