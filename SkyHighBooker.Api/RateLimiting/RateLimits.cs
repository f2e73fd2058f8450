using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SkyHighBooker.Api.RateLimiting;

/// <summary>
/// Limits per client IP (everything) and per sending IP for Stripe's webhook, counted in this process, answering 429
/// with Retry-After; the per-user limit (writes and account calls) is counted in PostgreSQL by <see cref="PerUserLimit"/>.
/// The client IP is the connection's, or X-Forwarded-For's only from a proxy named in ForwardedHeaders
/// (<see cref="Infrastructure.TrustedProxies"/>).
/// </summary>
public static class RateLimits
{
    public const string StripeWebhook = "stripe-webhook";

    public sealed class Options
    {
        public const string Section = "RateLimits";
        /// <summary>
        /// 0 turns the per-IP limit off, for where an edge in front counts addresses instead: on AWS every request
        /// reaches the Api from CloudFront, whose edges the Api would count as the travellers (AWS WAF limits the
        /// viewers' addresses there; SkyHighBooker.Infrastructure/Firewall.cs).
        /// </summary>
        public int PerIpPermitsPerMinute { get; set; } = 1200;
        public int PerUserPermitsPerMinute { get; set; } = 120;
        /// <summary>
        /// Stripe sends events from a few addresses, in bursts when it retries after an outage: well above a person's
        /// pace, still a ceiling for someone posting junk that must be HMAC-checked.
        /// </summary>
        public int StripeWebhookPermitsPerMinute { get; set; } = 600;
    }

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        builder.Services.AddSingleton(services => new PerUserLimit(services.GetRequiredService<TimeProvider>(), limits.PerUserPermitsPerMinute));
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => limits.PerIpPermitsPerMinute > 0
                ? RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientAddress(http), _ => Window(limits.PerIpPermitsPerMinute))
                : RateLimitPartition.GetNoLimiter("ip"));
            options.AddPolicy(StripeWebhook, http =>
                RateLimitPartition.GetFixedWindowLimiter("webhook-ip:" + ClientAddress(http), _ => Window(limits.StripeWebhookPermitsPerMinute)));
            options.OnRejected = (context, _) => new ValueTask(RefuseAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1)));
        });
        return builder;
    }

    private static FixedWindowRateLimiterOptions Window(int permitsPerMinute) => new()
    {
        PermitLimit = permitsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    /// <summary>Answers 429 Too Many Requests as a problem, with Retry-After in whole seconds (at least 1).</summary>
    public static async Task RefuseAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Slow down: try again in {seconds} seconds.",
            },
        });
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
