using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.Admin;

/// <summary>Which failed or stuck emails an admin lists; every filter is optional.</summary>
public sealed record AdminEmailFilter(
    [FromQuery(Name = "state")][AllowedValuesFrom(typeof(EmailTrouble))][property: Description("failed: refused for good; stuck: still tried, not sent after several tries")] string? State,
    [FromQuery(Name = "kind")][AllowedValuesFrom(typeof(EmailKind))] string? Kind,
    [FromQuery(Name = "bookingId")] Guid? BookingId,
    [FromQuery(Name = "userId")][property: Description("The booking owner's user id")] string? UserId);

/// <summary>Why an email needs an admin's eye.</summary>
public static class EmailTrouble
{
    /// <summary>Refused for good by the mail server (<see cref="EmailJobStatus.Failed"/>); the Worker does not try it again.</summary>
    public const string Failed = "failed";
    /// <summary>Still owed, not sent after <see cref="AdminEmailsApi.StuckAfterAttempts"/> tries (the mail server unreachable); the Worker keeps trying.</summary>
    public const string Stuck = "stuck";
}
