using System.Text;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.ApiKeys;

public enum ApiKeyKind
{
    Secret,
    Publishable,
}

/// <summary>Marks an endpoint that a browser may call with a publishable key (Stripe.js style).</summary>
public sealed class PublishableKeyAllowed
{
    public static readonly PublishableKeyAllowed Instance = new();
}

/// <summary>
/// Test-mode API keys as Stripe checks them: any <c>sk_test_...</c> secret key is accepted (Bearer, or Basic
/// with the key as user name, like <c>curl -u sk_test_...:</c>); a <c>pk_test_...</c> publishable key only on
/// endpoints marked <see cref="PublishableKeyAllowed"/>, which then check the object's client_secret. Like Stripe.js,
/// a browser may also send the publishable key as the <c>key</c> parameter instead of a header.
/// </summary>
public static class ApiKeyAuthentication
{
    private static readonly object ItemKey = new();

    public static ApiKeyKind KeyKind(this HttpContext context) =>
        context.Items[ItemKey] is ApiKeyKind kind ? kind : ApiKeyKind.Secret;

    public static TBuilder AllowPublishableKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PublishableKeyAllowed.Instance);

    public static IApplicationBuilder UseStripeApiKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var key = ReadKey(context.Request);
        if (string.IsNullOrEmpty(key) && (await StripeForm.ReadAsync(context)).String("key") is { } parameter
                                      && parameter.StartsWith("pk_", StringComparison.Ordinal))
        {
            key = parameter;
        }
        if (string.IsNullOrEmpty(key))
        {
            throw StripeErrors.Authentication(
                "You did not provide an API key. You need to provide your API key in the Authorization header, " +
                "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). This Stripe stand-in accepts " +
                "any test-mode key (sk_test_...).");
        }

        if (key.StartsWith("sk_test_", StringComparison.Ordinal) && key.Length > "sk_test_".Length)
        {
            context.Items[ItemKey] = ApiKeyKind.Secret;
        }
        else if (key.StartsWith("pk_test_", StringComparison.Ordinal) && key.Length > "pk_test_".Length)
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PublishableKeyAllowed>() is null)
            {
                throw StripeErrors.Authentication(
                    "This API call cannot be made with a publishable API key. Please use a secret API key.");
            }
            context.Items[ItemKey] = ApiKeyKind.Publishable;
        }
        else
        {
            throw StripeErrors.Authentication($"Invalid API Key provided: {Mask(key)}");
        }
        await next(context);
    });

    private static string? ReadKey(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                return decoded.Split(':', 2)[0];
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return null;
    }

    private static string Mask(string key) =>
        key.Length <= 8 ? "****" : $"{key[..Math.Min(8, key.Length - 4)]}****{key[^4..]}";
}
