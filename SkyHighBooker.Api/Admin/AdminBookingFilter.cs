using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Bookings;

namespace SkyHighBooker.Api.Admin;

/// <summary>Which bookings an admin lists; every filter is optional.</summary>
public sealed record AdminBookingFilter(
    [FromQuery(Name = "flightId")] Guid? FlightId,
    [FromQuery(Name = "status")][AllowedValuesFrom(typeof(BookingStatus))] string? Status,
    [FromQuery(Name = "userId")] string? UserId,
    [FromQuery(Name = "email")][property: Description("A passenger's email, any case")] string? Email,
    [FromQuery(Name = "createdFrom")][property: Description("Created on or after this UTC day, yyyy-MM-dd")] DateOnly? CreatedFrom,
    [FromQuery(Name = "createdTo")][property: Description("Created on or before this UTC day, yyyy-MM-dd")] DateOnly? CreatedTo);
