namespace SkyHighBooker.Api.Apis;

/// <summary>
/// How long a public, anonymous read stays good in shared caches, and in browsers. On AWS, CloudFront's cache policy for
/// <c>/api/*</c> keeps an answer exactly as long as its Cache-Control says (<c>s-maxage</c> before <c>max-age</c>; none:
/// not at all; at most an hour, SkyHighBooker.Infrastructure/Cdn.cs), so the Api decides here what may be cached and for
/// how long. Every other answer under /api — signed-in, admin, errors, writes, and seat maps — is <c>no-store</c>
/// (<see cref="CacheHeaders"/>): a seat map is what a traveller chooses from, and reads again after a 409 to choose
/// again, so a kept one would offer the very seat just lost.
/// </summary>
public sealed record PublicCache(int SharedMaxAgeSeconds, int BrowserMaxAgeSeconds)
{
    /// <summary>Airports change with a release, not during a day: an hour everywhere, CloudFront's ceiling.</summary>
    public static readonly PublicCache Airports = new(3600, 3600);

    /// <summary>
    /// Searches and a flight's details: CloudFront may answer with a copy up to half a minute old (the seats-left count
    /// is what a result list shows anyway; booking checks the seats itself and answers 409 if they went). Browsers
    /// ask again each time, so travellers coming back from a booking see it as soon as CloudFront's copy turns over.
    /// </summary>
    public static readonly PublicCache Flights = new(30, 0);

    public string HeaderValue => SharedMaxAgeSeconds == BrowserMaxAgeSeconds
        ? $"public, max-age={BrowserMaxAgeSeconds}"
        : $"public, max-age={BrowserMaxAgeSeconds}, s-maxage={SharedMaxAgeSeconds}";
}

public static class CacheHeaders
{
    public const string NoStore = "no-store";

    /// <summary>Successful answers of the endpoint may be kept by shared caches for <paramref name="cache"/>'s time.</summary>
    public static TBuilder CachedPublicly<TBuilder>(this TBuilder builder, PublicCache cache) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(cache);

    /// <summary>
    /// Gives every /api answer its Cache-Control as it starts: a 200 from an endpoint marked <see cref="CachedPublicly{TBuilder}"/>
    /// gets its public ages; anything else (another status, a signed-in or admin endpoint, a 401 or 429 from the pipeline)
    /// gets no-store, unless something already set one.
    /// </summary>
    public static IApplicationBuilder UseCacheHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.OnStarting(() =>
            {
                if (string.IsNullOrEmpty(context.Response.Headers.CacheControl))
                {
                    var cache = context.Response.StatusCode == StatusCodes.Status200OK && HttpMethods.IsGet(context.Request.Method)
                        ? context.GetEndpoint()?.Metadata.GetMetadata<PublicCache>()
                        : null;
                    context.Response.Headers.CacheControl = cache?.HeaderValue ?? NoStore;
                }
                return Task.CompletedTask;
            });
        }
        return next(context);
    });
}
