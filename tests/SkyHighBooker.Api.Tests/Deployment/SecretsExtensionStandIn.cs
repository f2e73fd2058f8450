using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SkyHighBooker.Api.Tests.Deployment;

/// <summary>
/// Plays the AWS Parameters and Secrets Lambda Extension over real HTTP on a free loopback port: answers
/// <c>GET /secretsmanager/get?secretId=&lt;arn&gt;</c> for callers showing <see cref="SessionToken"/> with Secrets
/// Manager's GetSecretValue JSON; 401 without the token, 400 for an unknown secret, as the extension does.
/// </summary>
public sealed class SecretsExtensionStandIn : IAsyncDisposable
{
    public const string SessionToken = "session-token-of-the-function";

    private readonly WebApplication app;
    private readonly Dictionary<string, string> secrets;

    public ConcurrentQueue<(string? SecretId, string? Token)> Requests { get; } = new();

    /// <summary>Answer this status (with a body naming no secret) instead of the secret; null: answer normally.</summary>
    public int? FailWith { get; set; }

    /// <summary>Answer the first this many requests as the extension does before it is ready.</summary>
    public int NotReadyFor { get; set; }

    /// <summary>The bound port (Kestrel picks a free one).</summary>
    public int Port => new Uri(app.Urls.First()).Port;

    private SecretsExtensionStandIn(WebApplication app, Dictionary<string, string> secrets)
    {
        this.app = app;
        this.secrets = secrets;
    }

    public static async Task<SecretsExtensionStandIn> StartAsync(Dictionary<string, string> secrets)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new SecretsExtensionStandIn(app, secrets);
        app.MapGet("/secretsmanager/get", standIn.Answer);
        await app.StartAsync();
        return standIn;
    }

    private IResult Answer(HttpContext context)
    {
        var secretId = context.Request.Query["secretId"].FirstOrDefault();
        var token = context.Request.Headers["X-Aws-Parameters-Secrets-Token"].FirstOrDefault();
        Requests.Enqueue((secretId, token));
        if (Requests.Count <= NotReadyFor) return Results.Text("not ready to serve traffic, please wait", statusCode: 400);
        if (FailWith is { } status) return Results.Text("InternalServerError: the stand-in was told to fail", statusCode: status);
        if (token != SessionToken) return Results.Text("Unauthorized", statusCode: 401);
        if (secretId is null || !secrets.TryGetValue(secretId, out var value))
            return Results.Text("ResourceNotFoundException: Secrets Manager can't find the specified secret.", statusCode: 400);
        return Results.Text(JsonSerializer.Serialize(new
        {
            ARN = secretId,
            Name = secretId.Split(':').Last(),
            VersionId = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
            SecretString = value,
            VersionStages = new[] { "AWSCURRENT" },
            CreatedDate = "2026-12-07T13:00:00.000Z",
        }), "application/json");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
