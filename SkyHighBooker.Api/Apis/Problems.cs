using Microsoft.AspNetCore.Http.HttpResults;

namespace SkyHighBooker.Api.Apis;

/// <summary>RFC 9457 answers for the outcomes handlers decide themselves.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");
}
