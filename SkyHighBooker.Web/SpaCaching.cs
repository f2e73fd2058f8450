using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

/// <summary>
/// Vite names bundles after their content (assets/index-3f9a1c.js), so they can be cached for good;
/// index.html names the current bundles and must be checked on every visit.
/// </summary>
internal static class SpaCaching
{
    public static readonly StaticFileOptions StaticFiles = new()
    {
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments("/assets")
                ? "public, max-age=31536000, immutable"
                : "no-cache";
        }
    };

    public static readonly StaticFileOptions IndexPage = new()
    {
        OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache"
    };
}
