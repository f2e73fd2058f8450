namespace SkyHighBooker.Api.Idempotency;

public static class IdempotencySetup
{
    /// <summary>Idempotency-Key handling for the writes that take one.</summary>
    public static IHostApplicationBuilder AddIdempotency(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IdempotencyKeys>();
        builder.Services.AddScoped<IdempotentEndpoint>();
        return builder;
    }
}
