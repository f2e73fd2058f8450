using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Admin.Stats;

/// <summary>What the admin dashboard's numbers cover: a span of whole UTC days and, optionally, one route.</summary>
public sealed record AdminStatsFilter(
    [FromQuery(Name = "start")][property: Description("First UTC day, yyyy-MM-dd (default: 29 days before the end)")] DateOnly? Start,
    [FromQuery(Name = "end")][property: Description("Last UTC day, yyyy-MM-dd, at most 366 days after the start (default: today)")] DateOnly? End,
    [FromQuery(Name = "from")][property: Description("Origin airport code (default: any)")] string? From,
    [FromQuery(Name = "to")][property: Description("Destination airport code (default: any)")] string? To);
