using Microsoft.AspNetCore.Http.HttpResults;

namespace SkyHighBooker.Api.Apis;

/// <summary>RFC 9457 answers for the outcomes handlers decide themselves.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    /// <summary>409, naming the field at fault when there is one, the way a validation problem does.</summary>
    public static ProblemHttpResult Conflict(string detail, string? field = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict",
            extensions: field is null ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
}
