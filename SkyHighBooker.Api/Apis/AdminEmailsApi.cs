using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

/// <summary>An email to a traveller that needs an admin's eye: refused for good, or still not sent after several tries.</summary>
/// <param name="State">failed (refused for good, not tried again) or stuck (still owed; the Worker keeps trying).</param>
/// <param name="NextAttemptAt">When the Worker tries a stuck email again; null for a failed one.</param>
public sealed record FailedEmailJobView(Guid Id, Guid BookingId, string BookingReference, string Recipient,
    [property: AllowedValuesFrom(typeof(EmailKind))] string Kind, [property: AllowedValuesFrom(typeof(EmailTrouble))] string State,
    int Attempts, string? LastError, DateTimeOffset? NextAttemptAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public static class AdminEmailsApi
{
    /// <summary>As for refunds: after this many tries an email still owed is shown to admins (and counted as failed on the dashboard).</summary>
    public const int StuckAfterAttempts = 3;

    public static IEndpointRouteBuilder MapAdminEmailsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/emails").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequirePerUserLimit()
            .MapGet("/failed", ListFailedEmails).WithName("AdminListFailedEmails")
            .WithSummary($"Emails to travellers refused for good by the mail server, or not sent after {StuckAfterAttempts} tries (still tried), oldest first");
        return app;
    }

    public static async Task<Results<Ok<PagedList<FailedEmailJobView>>, ValidationProblem>> ListFailedEmails(
        [AsParameters] AdminEmailFilter filter, [AsParameters] PageRequest page, AdminEmailQueries queries, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (p, size) = Paging.Read(page, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        return TypedResults.Ok(await queries.FailedAsync(filter, p, size, ct));
    }
}
