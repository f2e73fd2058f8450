using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// How the Api answers what it cannot serve, in every environment: a client's mistake is a 4xx RFC 9457 answer, a
/// dependency's failure a 502/503, and nothing that is the client's fault a 500.
/// </summary>
public static class ProblemAnswers
{
    /// <summary>Configuration key of the largest request body Kestrel reads; a larger one is a 413.</summary>
    public const string MaxRequestBodyBytesSetting = "Api:MaxRequestBodyBytes";
    /// <summary>1 MiB: a booking of nine passengers is under 2 KB; Kestrel's own default is 30 MB.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;
    /// <summary>No request body nests deeper than 4; System.Text.Json's default is 64.</summary>
    public const int MaxJsonDepth = 32;

    public static IHostApplicationBuilder AddProblemAnswers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        // Minimal APIs throw a BadHttpRequestException for a body that does not bind only in Development (elsewhere
        // they answer an empty 400/415, losing the JsonException); measured before this: Development answered such
        // bodies 500, Production a 400 naming no field. Throwing everywhere lets BadRequestProblems answer both alike,
        // naming the field from the JsonException's path.
        builder.Services.PostConfigure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.MaxDepth = MaxJsonDepth);
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((kestrel, configuration) =>
            kestrel.Limits.MaxRequestBodySize = configuration.GetValue(MaxRequestBodyBytesSetting, DefaultMaxRequestBodyBytes));
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        builder.Services.AddExceptionHandler<UpstreamProblems>();
        return builder;
    }
}
