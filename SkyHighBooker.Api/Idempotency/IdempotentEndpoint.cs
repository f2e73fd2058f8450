using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Idempotency;

/// <summary>The outcome of a protected operation: a success to keep and replay, or a refusal that leaves the key unused.</summary>
public abstract record OperationOutcome
{
    public sealed record Success(int Status, object Body, string? Location = null) : OperationOutcome;
    public sealed record Refusal(IResult Result) : OperationOutcome;
}

/// <summary>Runs a write under the caller's Idempotency-Key (see <see cref="IdempotentWrite"/>), and answers a key already in use.</summary>
public sealed class IdempotentEndpoint(BookerDbContext db, IdempotencyKeys keys, TimeProvider clock, IOptions<JsonOptions> json)
{
    public async Task<IResult> RunAsync<TRequest>(HttpContext http, string userId, string operation, TRequest request,
        Func<IdempotentWrite, CancellationToken, Task<OperationOutcome>> execute, CancellationToken ct)
    {
        var key = http.Request.Headers[IdempotencyKeys.Header].ToString().Trim();
        if (key.Length is 0 or > IdempotencyKeys.MaxKeyLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [IdempotencyKeys.Header] = [$"An {IdempotencyKeys.Header} header (1–{IdempotencyKeys.MaxKeyLength} characters) is required, so the request can be retried safely."] },
                title: "Idempotency-Key header missing");
        }

        var requestHash = IdempotencyKeys.Hash(operation, request);
        try
        {
            var (outcome, body) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                var write = new IdempotentWrite(db, keys, clock, json.Value.SerializerOptions, userId, key, operation, requestHash);
                return (await execute(write, ct), write.StoredBody);
            });
            if (outcome is OperationOutcome.Refusal refusal) return refusal.Result;
            var success = (OperationOutcome.Success)outcome;
            if (success.Location is not null) http.Response.Headers.Location = success.Location;
            return Results.Content(body ?? throw new InvalidOperationException($"{operation} succeeded without committing its answer"),
                "application/json", statusCode: success.Status);
        }
        catch (IdempotencyKeyInUse used) when (used.Record.Operation != operation || used.Record.RequestHash != requestHash)
        {
            return TypedResults.Problem($"The {IdempotencyKeys.Header} '{key}' was already used with a different request.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused");
        }
        catch (IdempotencyKeyInUse used)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Content(used.Record.ResponseBody, "application/json", statusCode: used.Record.ResponseStatus);
        }
    }
}
