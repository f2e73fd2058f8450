using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Polly;
using Stripe;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// A service the Api depends on failing is neither the client's mistake nor an unexplained 500. Unreachable (connection
/// refused, name not found, timed out: Stripe.net rethrows its HttpRequestException after its own two retries; PostgreSQL
/// after the execution strategy's three) or Stripe busy or failing (429, 5xx): 503 with
/// Retry-After. Stripe refusing the request otherwise: 502, logged as an error since it is the Api's to fix. Callers
/// write their rows only after the call succeeded (<see cref="Payments.PaymentStarter"/>), so nothing is half-written.
/// </summary>
public sealed class UpstreamProblems(IProblemDetailsService problems, ILogger<UpstreamProblems> logger) : IExceptionHandler
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (http.RequestAborted.IsCancellationRequested) return false;
        var unavailable = exception switch
        {
            StripeException { HttpStatusCode: HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError } => true,
            StripeException => false,
            HttpRequestException { StatusCode: null } or TaskCanceledException { InnerException: TimeoutException } => true,
            // The resilience handler every HttpClient has (ServiceDefaults): its timeouts, and its circuit once open.
            ExecutionRejectedException => true,
            // PostgreSQL unreachable, after the execution strategy's few retries.
            NpgsqlException { IsTransient: true } or RetryLimitExceededException => true,
            _ => (bool?)null,
        };
        if (unavailable is null) return false;

        var problem = new ProblemDetails();
        if (unavailable.Value)
        {
            logger.LogWarning(exception, "A service the Api depends on is unavailable; answered 503");
            problem.Status = StatusCodes.Status503ServiceUnavailable;
            problem.Title = "A service this request needs is unavailable.";
            problem.Detail = $"Nothing was changed; try again in {RetryAfter.TotalSeconds:0} seconds.";
            http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString();
        }
        else
        {
            logger.LogError(exception, "Stripe refused a request; answered 502");
            problem.Status = StatusCodes.Status502BadGateway;
            problem.Title = "The payment provider refused the request.";
            problem.Detail = "Nothing was charged or changed; try again later or contact support.";
        }
        http.Response.StatusCode = problem.Status.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}
