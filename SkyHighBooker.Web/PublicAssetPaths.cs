using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace SkyHighBooker.Web;

/// <summary>
/// The bucket's public prefixes, served here the way CloudFront serves them on AWS (same URL shape: /static/…,
/// /flights/aircraft-images/…, /flights/route-maps/…). Only plain key characters pass: an encoded slash or dot-dot (/static/..%2Fusers%2F…)
/// would reach the emulator as a key outside the public prefixes, so it is answered 404 before the proxy sees it.
/// </summary>
public static partial class PublicAssetPaths
{
    public static readonly string[] Prefixes = ["/static/", "/flights/aircraft-images/", "/flights/route-maps/"];

    [GeneratedRegex("^/[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$")]
    private static partial Regex PlainKey();

    public static bool IsPublicAsset(PathString path) => Prefixes.Any(p => path.StartsWithSegments(p.TrimEnd('/'), StringComparison.Ordinal));

    public static IApplicationBuilder UsePublicAssetPaths(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsPublicAsset(context.Request.Path))
        {
            var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
            var path = raw.Split('?', 2)[0];
            if (!PlainKey().IsMatch(path) || path.Contains("..", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        await next(context);
    });
}
