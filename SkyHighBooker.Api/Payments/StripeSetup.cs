using Microsoft.Extensions.Options;
using Stripe;

namespace SkyHighBooker.Api.Payments;

public static class StripeSetup
{
    public static IHostApplicationBuilder AddStripe(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<StripeSettings>(builder.Configuration.GetSection(StripeSettings.Section));
        // Stripe.net retries a failed call itself, with the same idempotency key. The service defaults' resilience handler
        // retried every one of those again (3 × 2, 4, 8 s): with Stripe unreachable, starting a payment answered only after
        // 23 s (measured in FaultInjection.Tests). Without it, the traveller hears within a few seconds.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to opt one client out
        builder.Services.AddHttpClient(StripeSettings.Section).RemoveAllResilienceHandlers();
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
