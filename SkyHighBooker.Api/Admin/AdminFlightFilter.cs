using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Admin;

/// <summary>Which flights an admin lists, any status; every filter is optional.</summary>
public sealed record AdminFlightFilter(
    [FromQuery(Name = "flightNumber")][property: Description("The start of a flight number, any case")] string? FlightNumber,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "date")][property: Description("Departure date at the origin, yyyy-MM-dd")] DateOnly? Date,
    [FromQuery(Name = "status")][AllowedValuesFrom(typeof(FlightStatus))] string? Status);
