using Microsoft.Extensions.Options;
using Stripe;

namespace SkyHighBooker.Api.Payments;

public static class StripeSetup
{
    public static IHostApplicationBuilder AddStripe(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<StripeSettings>(builder.Configuration.GetSection(StripeSettings.Section));
        builder.Services.AddRequiredProductionSetting($"{StripeSettings.Section}:{nameof(StripeSettings.WebhookSecret)}",
            "Stripe's signing secret for the webhook endpoint (whsec_...); without it no payment is ever confirmed");
        // Stripe.net retries on its own (twice, with Stripe's idempotency keys); the resilience handler every other client
        // gets would retry inside each of those, so an unreachable Stripe took 27 s to become a 503.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to opt one client out
        builder.Services.AddHttpClient(StripeSettings.Section, http => http.Timeout = TimeSpan.FromSeconds(20)).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        // Lazy: an Api without Stripe settings still starts, and only a payment or refund needs them.
        builder.Services.AddSingleton(services => new Lazy<StripeClient>(() =>
        {
            var settings = services.GetRequiredService<IOptions<StripeSettings>>().Value;
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(StripeSettings.Section);
            return new StripeClient(new StripeClientOptions
            {
                ApiKey = settings.SecretKey,
                ApiBase = string.IsNullOrWhiteSpace(settings.ApiBase) ? null : settings.ApiBase.TrimEnd('/'),
                HttpClient = new SystemNetHttpClient(http),
            });
        }));
        builder.Services.AddScoped<PaymentGateway>();
        return builder;
    }
}
