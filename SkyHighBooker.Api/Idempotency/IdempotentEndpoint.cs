using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Idempotency;

/// <summary>The outcome of a protected operation: a success to keep and replay, or a refusal that leaves the key unused.</summary>
public abstract record OperationOutcome
{
    public sealed record Success(int Status, object Body, string? Location = null) : OperationOutcome;
    public sealed record Refusal(IResult Result) : OperationOutcome;
}

/// <summary>
/// The statement that stores the operation's answer under its key, for the operation to send together with its own
/// last statements (one round trip; see BookingEngine). The answer stays only if the operation then succeeds with it.
/// </summary>
public delegate NpgsqlBatchCommand RecordAnswer(OperationOutcome.Success answer);

/// <summary>Runs a write under the caller's Idempotency-Key, in one database transaction with the key's claim.</summary>
public sealed class IdempotentEndpoint(BookerDbContext db, IdempotencyKeys keys, IOptions<JsonOptions> json)
{
    public Task<IResult> RunAsync<TRequest>(HttpContext http, string userId, string operation, TRequest request,
        Func<CancellationToken, Task<OperationOutcome>> execute, CancellationToken ct) =>
        RunAsync(http, userId, operation, request, (_, token) => execute(token), ct);

    public async Task<IResult> RunAsync<TRequest>(HttpContext http, string userId, string operation, TRequest request,
        Func<RecordAnswer, CancellationToken, Task<OperationOutcome>> execute, CancellationToken ct)
    {
        var key = http.Request.Headers[IdempotencyKeys.Header].ToString().Trim();
        if (key.Length is 0 or > IdempotencyKeys.MaxKeyLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [IdempotencyKeys.Header] = [$"An {IdempotencyKeys.Header} header (1–{IdempotencyKeys.MaxKeyLength} characters) is required, so the request can be retried safely."] },
                title: "Idempotency-Key header missing");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            switch (await keys.ClaimAsync(userId, key, operation, IdempotencyKeys.Hash(operation, request), ct))
            {
                case IdempotencyKeys.Claim.Replay replay:
                    await transaction.CommitAsync(ct);
                    http.Response.Headers["Idempotent-Replayed"] = "true";
                    return Results.Content(replay.Body, "application/json", statusCode: replay.Status);
                case IdempotencyKeys.Claim.Mismatch:
                    await transaction.RollbackAsync(ct);
                    return TypedResults.Problem(
                        $"The {IdempotencyKeys.Header} '{key}' was already used with a different request.",
                        statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused");
            }

            (OperationOutcome.Success Answer, string Body)? recorded = null;
            NpgsqlBatchCommand Record(OperationOutcome.Success answer)
            {
                var serialized = JsonSerializer.Serialize(answer.Body, answer.Body.GetType(), json.Value.SerializerOptions);
                recorded = (answer, serialized);
                return IdempotencyKeys.CompleteCommand(userId, key, answer.Status, serialized);
            }

            var outcome = await execute(Record, ct);
            if (outcome is OperationOutcome.Refusal refusal)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return refusal.Result;
            }
            var success = (OperationOutcome.Success)outcome;
            if (recorded?.Answer != success) await db.Database.ExecuteBatchAsync([Record(success)], ct);
            var body = recorded!.Value.Body;
            await transaction.CommitAsync(ct);
            if (success.Location is not null) http.Response.Headers.Location = success.Location;
            return Results.Content(body, "application/json", statusCode: success.Status);
        });
    }
}
