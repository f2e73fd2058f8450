using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SkyHighBooker.Testing;

/// <summary>
/// Tokens an attacker might present. Some are signed with cognito-local's own key (it ships in the npm package,
/// the same on every install), which is exactly why the Api must check everything besides the signature.
/// </summary>
public static class ForgedTokens
{
    private static readonly Lazy<JsonWebKey> EmulatorKey = new(() =>
    {
        var path = Path.Combine(RepositoryPaths.Root, "emulators", "node_modules", "cognito-local", "lib", "keys", "cognitoLocal.private.json");
        var jwk = JsonNode.Parse(File.ReadAllText(path))!["jwk"]!.ToJsonString();
        return new JsonWebKey(jwk) { KeyId = "CognitoLocal" };
    });

    /// <summary>Claims of a valid access token, as the emulator would issue them.</summary>
    public static Dictionary<string, object> AccessClaims(string issuer, string clientId, string sub, DateTimeOffset now) => new()
    {
        ["sub"] = sub,
        ["client_id"] = clientId,
        ["token_use"] = "access",
        ["scope"] = "aws.cognito.signin.user.admin",
        ["auth_time"] = now.ToUnixTimeSeconds(),
        ["iat"] = now.ToUnixTimeSeconds(),
        ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        ["iss"] = issuer,
        ["username"] = sub,
    };

    public static string SignedWithEmulatorKey(IDictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(EmulatorKey.Value, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>A real token with its payload changed and its signature kept.</summary>
    public static string WithTamperedPayload(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>A token that claims it needs no signature.</summary>
    public static string Unsigned(IDictionary<string, object> claims)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(new JsonObject(claims.Select(c => KeyValuePair.Create(c.Key, JsonValue.Create(c.Value) as JsonNode))).ToJsonString());
        return $"{header}.{payload}.";
    }

}
