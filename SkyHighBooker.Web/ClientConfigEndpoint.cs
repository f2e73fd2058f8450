using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

/// <summary>
/// GET /config.json: what the browser app needs at run time to talk to Amazon Cognito itself (sign-up, sign-in,
/// tokens). Read from configuration on every request (the AppHost sets <c>Cognito__*</c> environment variables)
/// and never cached, so a changed pool or client reaches the next page load.
/// </summary>
/// <remarks>
/// <c>Cognito:ServiceUrl</c> is the Cognito API endpoint (cognito-local, e.g. "http://localhost:9229/"); left out
/// for real AWS, where the SDK derives the endpoint from the region. An empty <c>clientId</c> means sign-in is
/// not configured: the app still searches flights and says so on the account pages.
/// </remarks>
internal static class ClientConfigEndpoint
{
    public const string DefaultRegion = "us-east-1";

    public static RouteHandlerBuilder MapClientConfig(this IEndpointRouteBuilder app) =>
        app.MapGet("/config.json", GetClientConfig);

    public static Ok<ClientConfig> GetClientConfig(IConfiguration configuration, HttpResponse response)
    {
        response.Headers[HeaderNames.CacheControl] = "no-store";

        var cognito = configuration.GetSection("Cognito");
        return TypedResults.Ok(new ClientConfig(new CognitoClientConfig(
            Endpoint: ValueOrNull(cognito["ServiceUrl"]),
            Region: ValueOrNull(cognito["Region"]) ?? DefaultRegion,
            ClientId: ValueOrNull(cognito["ClientId"]) ?? "",
            UserPoolId: ValueOrNull(cognito["UserPoolId"]) ?? "")));
    }

    private static string? ValueOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The body of GET /config.json.</summary>
internal sealed record ClientConfig(CognitoClientConfig Cognito);

/// <param name="Endpoint">The Cognito API endpoint; null means the region's public endpoint.</param>
internal sealed record CognitoClientConfig(string? Endpoint, string Region, string ClientId, string UserPoolId);
