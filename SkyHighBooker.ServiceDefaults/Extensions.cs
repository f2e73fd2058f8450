using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

// Cross-cutting concerns every Sky High Booker service shares: telemetry, health, resilience, discovery.
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    private const string LiveTag = "live";
    private const string SdkDisabled = "OTEL_SDK_DISABLED";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddSingleton<ProductionSafety>(); // run by RefuseUnsafeProductionSettings after Build()
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!exporting && string.IsNullOrWhiteSpace(builder.Configuration[SdkDisabled]))
        {
            // Telemetry that no exporter receives is pure cost (spans alone were a quarter of the Api's CPU under
            // bench/booking-load, most of them one per SQL command): with nowhere to send it, the SDK is off, with the
            // OpenTelemetry SDK's own switch, so Aspire's client integrations record nothing either.
            builder.Configuration[SdkDisabled] = "true";
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("SkyHighBooker.*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource("SkyHighBooker.*")
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath))
                .AddHttpClientInstrumentation());

        if (exporting)
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>How long /health waits for any one check (the database's included) before calling it failed.</summary>
    public static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(2);

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        // Every check, including those Aspire's client integrations add later, answers within the timeout: after
        // PostgreSQL was killed, the database check (EF's CanConnect under the retry strategy) held /health 15 s+.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                var factory = registration.Factory;
                registration.Timeout = HealthCheckTimeout;
                registration.Factory = services =>
                    new TimeBoundHealthCheck(services.GetRequiredService<IServiceScopeFactory>(), factory, HealthCheckTimeout);
            }
        });
        return builder;
    }

    /// <summary>
    /// /health: ready (every check, the database included): 200, or 503 as soon as one fails or does not answer
    /// within <see cref="HealthCheckTimeout"/>; /alive: the process answers.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath);
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag)
        });
        return app;
    }
}

/// <summary>
/// A check that gives up at the deadline: it is cancelled then, and its answer is not waited for even if it ignores
/// the cancellation (a connection stuck on a hung server), so a hung dependency is reported like a dead one. The check
/// runs in a scope of its own that is disposed when the check itself ends, not when /health has answered: a pooled
/// DbContext still connecting to a killed PostgreSQL was otherwise returned to its pool under the check's feet, and
/// the "Can't close, connection is in state Connecting" that threw made /health a 500 instead of a 503.
/// </summary>
internal sealed class TimeBoundHealthCheck(IServiceScopeFactory scopes, Func<IServiceProvider, IHealthCheck> factory, TimeSpan timeout) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var scope = scopes.CreateAsyncScope();
        var checking = RunAsync(scope, context, deadline.Token);
        _ = DisposeWhenDoneAsync(checking, scope, deadline);
        try
        {
            return await checking.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"No answer within {timeout.TotalSeconds:0.#} s.", error);
        }
    }

    private static async Task DisposeWhenDoneAsync(Task checking, AsyncServiceScope scope, CancellationTokenSource deadline)
    {
        try
        {
            await checking;
        }
        catch
        {
            // Its outcome was reported above, or given up on at the deadline.
        }
        await scope.DisposeAsync();
        deadline.Dispose();
    }

    private async Task<HealthCheckResult> RunAsync(AsyncServiceScope scope, HealthCheckContext context, CancellationToken ct) =>
        await factory(scope.ServiceProvider).CheckHealthAsync(context, ct);
}
