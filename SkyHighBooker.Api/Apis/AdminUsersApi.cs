using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class AdminUsersApi
{
    public static IEndpointRouteBuilder MapAdminUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/admin/users").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequirePerUserLimit();
        users.MapGet("/", ListUsers).WithName("AdminListUsers")
            .WithSummary("The user pool's users with their role, email verification and MFA state, a page at a time (Cognito's pagination token)");
        users.MapGet("/export", ExportUsers).WithName("AdminExportUsers")
            .WithSummary("Every user as a CSV file in Cognito's user import format (the user export/import backup)")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    public static async Task<Results<Ok<AdminUserPage>, ValidationProblem>> ListUsers(
        [AsParameters] AdminUserListParameters query, AdminUserDirectory directory, CancellationToken ct)
    {
        var limit = query.Limit ?? 20;
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > AdminUserDirectory.MaxLimit) errors["limit"] = [$"limit is 1–{AdminUserDirectory.MaxLimit}."];
        if (query.PageToken is { Length: > 4096 }) errors["pageToken"] = ["pageToken is the nextPageToken of a previous page."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await directory.PageAsync(limit, string.IsNullOrWhiteSpace(query.PageToken) ? null : query.PageToken, ct));
    }

    public static async Task<FileContentHttpResult> ExportUsers(AdminUserDirectory directory, CancellationToken ct) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await directory.ExportCsvAsync(ct)), "text/csv", "sky-high-booker-users.csv");
}
