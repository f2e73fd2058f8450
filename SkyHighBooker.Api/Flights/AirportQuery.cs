using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Flights;

/// <summary>What airport autocomplete is asked for.</summary>
public sealed record AirportQuery(
    [FromQuery(Name = "q")][property: Description("Code, city or name text")] string? Q,
    [FromQuery(Name = "limit")][property: Description("Most results to return, 1–20 (default 10)")] int? Limit);
