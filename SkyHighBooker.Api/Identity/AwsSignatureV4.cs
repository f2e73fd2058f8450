using System.Security.Cryptography;
using System.Text;

namespace SkyHighBooker.Api.Identity;

/// <summary>
/// AWS Signature Version 4 for one request with a body, as Cognito's admin operations (ListUsers, AdminGetUser…) need
/// it: AWSSDK.CognitoIdentityProvider, which would sign for us, is not available here. Signs host, x-amz-date and
/// x-amz-security-token (when the credentials have a session token) and the body's SHA-256.
/// </summary>
public static class AwsSignatureV4
{
    public sealed record Credentials(string AccessKey, string SecretKey, string? SessionToken);

    public static void Sign(HttpRequestMessage request, byte[] body, Credentials credentials, string region, string service, DateTimeOffset now)
    {
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'");
        var date = amzDate[..8];
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Add("X-Amz-Date", amzDate);
        if (credentials.SessionToken is { } token) request.Headers.Add("X-Amz-Security-Token", token);

        var uri = request.RequestUri!;
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}" };
        foreach (var header in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
        {
            var name = header.Key.ToLowerInvariant();
            if (name is "content-type" or "x-amz-date" or "x-amz-target" or "x-amz-security-token") headers[name] = string.Join(",", header.Value).Trim();
        }
        var signedHeaders = string.Join(";", headers.Keys);
        var canonicalRequest = string.Join("\n",
            request.Method.Method,
            string.IsNullOrEmpty(uri.AbsolutePath) ? "/" : uri.AbsolutePath,
            CanonicalQuery(uri.Query),
            string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n")),
            signedHeaders,
            Hex(SHA256.HashData(body)));
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretKey), date), region), service), "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={credentials.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    private static string CanonicalQuery(string query) =>
        string.Join("&", query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(p => (Name: Uri.EscapeDataString(Uri.UnescapeDataString(p[0])), Value: Uri.EscapeDataString(Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
