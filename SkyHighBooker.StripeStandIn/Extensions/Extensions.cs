using SkyHighBooker.StripeStandIn.ApiKeys;
using SkyHighBooker.StripeStandIn.Charges;
using SkyHighBooker.StripeStandIn.Events;
using SkyHighBooker.StripeStandIn.Idempotency;
using SkyHighBooker.StripeStandIn.Infrastructure;
using SkyHighBooker.StripeStandIn.PaymentIntents;
using SkyHighBooker.StripeStandIn.PaymentMethods;
using SkyHighBooker.StripeStandIn.Refunds;
using SkyHighBooker.StripeStandIn.Webhooks;

namespace SkyHighBooker.StripeStandIn.Extensions;

public static class Extensions
{
    /// <summary>The stand-in's state (one in-memory test-mode account), its rules, and webhook delivery.</summary>
    public static IHostApplicationBuilder AddStripeStandIn(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TestModeAccount>();
        services.AddSingleton<CardPaymentMethods>();
        services.AddSingleton<CardNetwork>();
        services.AddSingleton<PaymentIntentLifecycle>();
        services.AddSingleton<ChargeRefunds>();
        services.AddSingleton<EventLog>();
        services.AddSingleton<IdempotencyStore>();

        services.Configure<WebhookOptions>(builder.Configuration.GetSection(WebhookOptions.SectionName));
        services.AddSingleton<WebhookEndpoints>();
        services.AddSingleton<WebhookQueue>();
        services.AddHostedService<WebhookSender>();

        // Browsers confirm PaymentIntents with the publishable key, from any origin.
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("Request-Id", "Idempotent-Replayed", "Original-Request", "Stripe-Should-Retry")));
        return builder;
    }

    /// <summary>Stripe's protocol around every /v1 call: Request-Id, error shape, API keys, idempotency.</summary>
    public static WebApplication UseStripeProtocol(this WebApplication app)
    {
        app.UseCors();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/v1"), v1 => v1
            .UseStripeRequestIds()
            .UseStripeErrors()
            .UseStripeApiKeys()
            .UseMiddleware<IdempotencyMiddleware>());
        return app;
    }

    /// <summary>Any other /v1 URL gets Stripe's "Unrecognized request URL" 404.</summary>
    public static IEndpointRouteBuilder MapUnrecognizedStripeUrls(this IEndpointRouteBuilder app)
    {
        app.MapFallback("/v1/{**path}", (HttpContext context) =>
            throw StripeErrors.UnrecognizedUrl(context.Request.Method, context.Request.Path));
        return app;
    }
}
