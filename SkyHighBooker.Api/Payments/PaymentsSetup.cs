namespace SkyHighBooker.Api.Payments;

public static class PaymentsSetup
{
    /// <summary>Stripe, and paying for a booking: starting a payment and settling it from the webhook or a refresh.</summary>
    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        builder.AddStripe();
        builder.Services.AddScoped<PaymentStarter>();
        builder.Services.AddScoped<PaymentWebhook>();
        builder.Services.AddScoped<PaymentSettlement>();
        builder.Services.AddScoped<PaymentRefresh>();
        return builder;
    }
}
