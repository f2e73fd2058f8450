using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace SkyHighBooker.Api.Accounts;

/// <summary>
/// A request filing something under a deleted account (its access token still valid for the rest of its hour, or the
/// account deleted while the request ran) was refused by the database (<see cref="ErasedAccounts"/>): a 403 that says
/// so, with nothing written.
/// </summary>
public sealed class ErasedAccountProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not PostgresException error || !ErasedAccounts.Refuses(error)) return false;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "This account has been deleted.",
            Detail = "Nothing was saved. Sign up again to book.",
        };
        http.Response.StatusCode = problem.Status.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}
