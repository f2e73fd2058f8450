using System.Text.Json;
using Npgsql;

namespace SkyHighBooker.Api.Infrastructure.Secrets;

/// <summary>
/// The database's generated secret (RDS's JSON: <c>username</c>, <c>password</c>, <c>host</c>, <c>port</c>,
/// <c>dbname</c>…) merged into the Api's connection string. Only the credentials are taken: host, port, database and
/// TLS stay as configured, because on Lambda the Api connects through the RDS Proxy, not the instance the secret names.
/// </summary>
public static class DatabaseCredentials
{
    public const string ConnectionStringKey = $"ConnectionStrings:{BookerResources.Database}";

    public static string MergeInto(string? connectionString, string secretJson, SecretReference secret)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new SecretUnavailableException(secret, $"has credentials but nowhere to put them: {ConnectionStringKey} is not configured (it names the host, e.g. the RDS Proxy).");

        var (username, password) = Read(secretJson, secret);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Password = password };
        if (!string.IsNullOrEmpty(username)) builder.Username = username;
        return builder.ConnectionString;
    }

    private static (string? Username, string Password) Read(string secretJson, SecretReference secret)
    {
        try
        {
            using var json = JsonDocument.Parse(secretJson);
            var root = json.RootElement;
            string? Text(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (Text("password") is { Length: > 0 } password) return (Text("username"), password);
        }
        catch (JsonException)
        {
            // Named below without the text, which is the secret.
        }
        throw new SecretUnavailableException(secret, "is not a database secret: expected JSON with \"username\" and \"password\" (what RDS generates).");
    }
}
