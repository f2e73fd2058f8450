using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stripe;

namespace SkyHighBooker.Worker.Payments;

/// <summary>Stripe keys for the Worker's refunds; ApiBase points Stripe.net at the local stand-in when there is no real Stripe.</summary>
public sealed class StripeSettings
{
    public const string Section = "Stripe";
    public string SecretKey { get; set; } = "";
    public string? ApiBase { get; set; }
}

public static class PaymentJobsSetup
{
    /// <summary>Everything that carries out payment jobs at Stripe, without the background loop (tests drive it).</summary>
    public static IHostApplicationBuilder AddPaymentJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<StripeSettings>(builder.Configuration.GetSection(StripeSettings.Section));
        builder.Services.AddSingleton(builder.Configuration.GetSection(PaymentJobOptions.Section).Get<PaymentJobOptions>() ?? new PaymentJobOptions());
        // The job is the retry (with back-off, never given up): no resilience handler retrying inside Stripe.net's own tries.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to opt one client out
        builder.Services.AddHttpClient(StripeSettings.Section, http => http.Timeout = TimeSpan.FromSeconds(30)).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        // Lazy: a Worker without Stripe settings still renders documents; only a payment job needs them.
        builder.Services.AddSingleton(services => new Lazy<StripeClient>(() =>
        {
            var settings = services.GetRequiredService<IOptions<StripeSettings>>().Value;
            if (string.IsNullOrWhiteSpace(settings.SecretKey)) throw new InvalidOperationException("Stripe:SecretKey is not configured; payment jobs wait for it.");
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(StripeSettings.Section);
            return new StripeClient(new StripeClientOptions
            {
                ApiKey = settings.SecretKey,
                ApiBase = string.IsNullOrWhiteSpace(settings.ApiBase) ? null : settings.ApiBase.TrimEnd('/'),
                HttpClient = new SystemNetHttpClient(http),
            });
        }, LazyThreadSafetyMode.ExecutionAndPublication));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<PaymentJobQueue>();
        builder.Services.AddScoped<StripeMoneyBack>();
        builder.Services.AddScoped<PaymentJobProcessor>(); // its meter and traces are under ServiceDefaults' SkyHighBooker.*
        return builder;
    }
}
