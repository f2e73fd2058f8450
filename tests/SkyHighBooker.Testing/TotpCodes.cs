using System.Security.Cryptography;

namespace SkyHighBooker.Testing;

/// <summary>
/// RFC 6238 time-based one-time passwords as authenticator apps compute them for Cognito (HMAC-SHA1, 6 digits, 30 s
/// steps) from the base32 secret AssociateSoftwareToken hands out: what a test types in place of the user's phone.
/// </summary>
public static class TotpCodes
{
    public static string At(string base32Secret, DateTimeOffset time)
    {
        var step = time.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(Base32Decode(base32Secret), counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    public static string Now(string base32Secret) => At(base32Secret, DateTimeOffset.UtcNow);

    /// <summary>A six-digit code that is not the current one (nor the neighbouring steps' a verifier may accept).</summary>
    public static string Wrong(string base32Secret)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = new[] { -1, 0, 1 }.Select(s => At(base32Secret, now.AddSeconds(30 * s))).ToHashSet();
        for (var candidate = 0; ; candidate++)
        {
            var code = (candidate * 7919 % 1_000_000).ToString("D6");
            if (!accepted.Contains(code)) return code;
        }
    }

    private static byte[] Base32Decode(string secret)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = secret.Trim().TrimEnd('=').Replace(" ", "").ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c);
            if (value < 0) throw new FormatException($"'{c}' is not a base32 character.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
