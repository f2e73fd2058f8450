using System.Security.Cryptography;
using System.Text;

namespace SkyHighBooker.StripeStandIn.Webhooks;

/// <summary>
/// Stripe's webhook signature: <c>Stripe-Signature: t=&lt;unix time&gt;,v1=&lt;hex HMAC-SHA256 of "t.payload"&gt;</c>,
/// keyed with the endpoint's whole secret (whsec_ included) as UTF-8, which is what
/// <c>Stripe.EventUtility.ConstructEvent</c> checks.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "Stripe-Signature";

    public static string Header(string secret, long timestamp, string payload) =>
        $"t={timestamp},v1={Compute(secret, timestamp, payload)}";

    public static string Compute(string secret, long timestamp, string payload)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return Convert.ToHexStringLower(hash);
    }
}
