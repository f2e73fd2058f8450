using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class AdminBookingsApi
{
    public static IEndpointRouteBuilder MapAdminBookingsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/bookings").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequirePerUserLimit()
            .MapGet("/", ListBookings).WithName("AdminListBookings")
            .WithSummary("Every user's bookings, newest first, filtered by flight, status, user, passenger email and creation date");
        app.MapGroup("/api/admin/documents").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequirePerUserLimit()
            .MapGet("/failed", ListFailedDocuments).WithName("AdminListFailedDocuments")
            .WithSummary("Document jobs the Worker gave up on, with their last error");
        return app;
    }

    public static async Task<Results<Ok<PagedList<AdminBookingView>>, ValidationProblem>> ListBookings(
        [AsParameters] AdminBookingFilter filter, [AsParameters] PageRequest page, AdminBookingQueries queries, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (p, size) = Paging.Read(page, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        return TypedResults.Ok(await queries.ListAsync(filter, p, size, ct));
    }

    public static async Task<Ok<List<FailedDocumentView>>> ListFailedDocuments(BookingDocuments documents, CancellationToken ct) =>
        TypedResults.Ok(await documents.FailedAsync(ct));
}
