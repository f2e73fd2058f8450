using System.Security.Cryptography;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>Identifiers shaped like Stripe's: a type prefix and random letters and digits (pi_3Mtw...).</summary>
public static class StripeIds
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string New(string prefix) => $"{prefix}_{Random(24)}";

    public static string ClientSecret(string paymentIntentId) => $"{paymentIntentId}_secret_{Random(25)}";

    public static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
