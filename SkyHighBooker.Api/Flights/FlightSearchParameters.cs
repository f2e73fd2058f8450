using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Flights;

/// <summary>The query of a flight search, typed; a malformed value is a 400 naming its field (see <see cref="Apis.QueryBinding"/>).</summary>
public sealed record FlightSearchParameters(
    [FromQuery(Name = "from")][property: Description("Origin airport IATA code, e.g. JFK")] string? From,
    [FromQuery(Name = "to")][property: Description("Destination airport IATA code, e.g. LAX")] string? To,
    [FromQuery(Name = "date")][property: Description("Departure date in the origin's local time, yyyy-MM-dd")] DateOnly? Date,
    [FromQuery(Name = "passengers")][property: Description("Number of passengers, 1–9 (default 1)")] int? Passengers,
    [FromQuery(Name = "sort")][property: Description("Order of the results (default departure)")] FlightSort? Sort,
    [FromQuery(Name = "airline")][property: Description("Airline name or two-letter code")] string? Airline,
    [FromQuery(Name = "maxPrice")][property: Description("Highest fare per passenger")] decimal? MaxPrice,
    [FromQuery(Name = "departAfter")][property: Description("Earliest local departure time, HH:mm")] TimeOnly? DepartAfter,
    [FromQuery(Name = "departBefore")][property: Description("Latest local departure time, HH:mm")] TimeOnly? DepartBefore,
    [FromQuery(Name = "page")][property: Description("Page number from 1 (default 1)")] int? Page,
    [FromQuery(Name = "pageSize")][property: Description("Results per page, 1–100 (default 20)")] int? PageSize);
