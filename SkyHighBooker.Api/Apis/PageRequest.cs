using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Apis;

/// <summary>The page of a list a client asks for.</summary>
public sealed record PageRequest(
    [FromQuery(Name = "page")][property: Description("Page number from 1 (default 1)")] int? Page,
    [FromQuery(Name = "pageSize")][property: Description("Results per page, 1–100 (default 20)")] int? PageSize);
