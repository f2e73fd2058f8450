using Microsoft.Extensions.Configuration;
using Npgsql;
using SkyHighBooker.Api.Infrastructure.Secrets;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Deployment;

/// <summary>
/// On AWS the Api gets only its secrets' ARNs (<c>SecretArns__*</c>) and reads the values at start-up from the
/// Parameters and Secrets extension (SkyHighBooker.Infrastructure/Api.cs). Played here by a stand-in over real HTTP.
/// </summary>
public sealed class LambdaSecretsTests
{
    private const string StripeKeyArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:StripeSecretKey-AbCdEf";
    private const string WebhookArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:StripeWebhookSecret-GhIjKl";
    private const string DatabaseArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:skyhighbooker-db-MnOpQr";
    private const string StripeKey = "sk_live_from_secrets_manager";
    private const string WebhookSecret = "whsec_from_secrets_manager";
    private const string DatabasePassword = "Gen3rated;Pass=word'\"";
    private const string ProxyConnectionString = "Host=skyhighbooker-proxy.proxy-abc.us-east-1.rds.amazonaws.com;Port=5432;Database=skyhighdb;Username=skyhigh_admin;SSL Mode=Require";

    private static readonly string DatabaseSecret = $$"""
        {"username":"skyhigh_admin","password":{{System.Text.Json.JsonSerializer.Serialize(DatabasePassword)}},"engine":"postgres",
         "host":"skyhighbooker-db.abc.us-east-1.rds.amazonaws.com","port":5432,"dbname":"skyhighdb","dbInstanceIdentifier":"skyhighbooker-db"}
        """;

    /// <summary>Quick enough for a test, still more than one attempt.</summary>
    private static readonly SecretsExtensionRetry QuickRetry = new(3, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(2));

    private static Task<SecretsExtensionStandIn> ExtensionWithSecrets() => SecretsExtensionStandIn.StartAsync(new()
    {
        [StripeKeyArn] = StripeKey,
        [WebhookArn] = WebhookSecret,
        [DatabaseArn] = DatabaseSecret,
    });

    /// <summary>The configuration the Lambda function's environment gives the Api, then the secrets read over it.</summary>
    private static ConfigurationManager LambdaConfiguration(int extensionPort, params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SecretsExtensionClient.PortSetting] = extensionPort.ToString(),
            [SecretsExtensionClient.SessionTokenSetting] = SecretsExtensionStandIn.SessionToken,
            [DatabaseCredentials.ConnectionStringKey] = ProxyConnectionString,
            ["Stripe:WebhookSecret"] = "", // the Api's appsettings leave it empty
        });
        configuration.AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => s.Value));
        configuration.AddLambdaSecrets(QuickRetry);
        return configuration;
    }

    [Fact]
    public async Task Each_secret_arn_fills_the_key_it_names()
    {
        await using var extension = await ExtensionWithSecrets();

        var configuration = LambdaConfiguration(extension.Port,
            ("SecretArns:Stripe:SecretKey", StripeKeyArn), ("SecretArns:Stripe:WebhookSecret", WebhookArn));

        Assert.Equal(StripeKey, configuration["Stripe:SecretKey"]);
        Assert.Equal(WebhookSecret, configuration["Stripe:WebhookSecret"]);
        Assert.Equal(ProxyConnectionString, configuration[DatabaseCredentials.ConnectionStringKey]); // no SecretArns:Database
    }

    [Fact]
    public async Task Each_secret_is_asked_for_once_with_the_function_session_token()
    {
        await using var extension = await ExtensionWithSecrets();

        var configuration = LambdaConfiguration(extension.Port,
            ("SecretArns:Stripe:SecretKey", StripeKeyArn), ("SecretArns:Stripe:WebhookSecret", WebhookArn), ("SecretArns:Database", DatabaseArn));
        ((IConfigurationRoot)configuration).Reload(); // a reloaded configuration does not ask again

        Assert.Equal([DatabaseArn, StripeKeyArn, WebhookArn], extension.Requests.Select(r => r.SecretId!).Order());
        Assert.All(extension.Requests, request => Assert.Equal(SecretsExtensionStandIn.SessionToken, request.Token));
    }

    [Fact]
    public async Task The_database_password_goes_into_the_connection_string_which_keeps_the_proxy_as_its_host()
    {
        await using var extension = await ExtensionWithSecrets();

        var configuration = LambdaConfiguration(extension.Port, ("SecretArns:Database", DatabaseArn));

        var connection = new NpgsqlConnectionStringBuilder(configuration[DatabaseCredentials.ConnectionStringKey]);
        var configured = new NpgsqlConnectionStringBuilder(ProxyConnectionString);
        Assert.Equal(DatabasePassword, connection.Password);
        Assert.Equal("skyhigh_admin", connection.Username);
        Assert.Equal(configured.Host, connection.Host); // the RDS Proxy, not the instance in the secret
        Assert.Equal(configured.Port, connection.Port);
        Assert.Equal(configured.Database, connection.Database);
        Assert.Equal(SslMode.Require, connection.SslMode);
    }

    [Fact]
    public async Task Without_secret_arns_nothing_is_fetched_and_the_configuration_is_unchanged()
    {
        await using var extension = await ExtensionWithSecrets();

        var configuration = LambdaConfiguration(extension.Port, ("Stripe:SecretKey", "sk_test_local"));

        Assert.Empty(extension.Requests);
        Assert.DoesNotContain(((IConfigurationBuilder)configuration).Sources, source => source is LambdaSecretsSource);
        Assert.Equal("sk_test_local", configuration["Stripe:SecretKey"]);
        Assert.Equal(ProxyConnectionString, configuration[DatabaseCredentials.ConnectionStringKey]);
    }

    [Fact]
    public async Task A_starting_extension_is_waited_for()
    {
        await using var extension = await ExtensionWithSecrets();
        extension.NotReadyFor = QuickRetry.Attempts - 1;

        var configuration = LambdaConfiguration(extension.Port, ("SecretArns:Stripe:WebhookSecret", WebhookArn));

        Assert.Equal(WebhookSecret, configuration["Stripe:WebhookSecret"]);
        Assert.Equal(QuickRetry.Attempts, extension.Requests.Count);
    }

    [Fact]
    public void An_unreachable_extension_stops_start_up_naming_the_key_and_the_arn()
    {
        var nobodyListens = RepositoryPaths.FreePort();

        var error = Assert.Throws<SecretUnavailableException>(() =>
            LambdaConfiguration(nobodyListens, ("SecretArns:Stripe:WebhookSecret", WebhookArn)));

        Assert.Contains("Stripe:WebhookSecret", error.Message);
        Assert.Contains(WebhookArn, error.Message);
        Assert.Contains("unreachable", error.Message);
        Assert.Contains($":{nobodyListens}/", error.Message);
    }

    [Fact]
    public async Task An_extension_answering_500_stops_start_up_after_a_bounded_retry_naming_the_key_and_arn_but_no_secret()
    {
        await using var extension = await ExtensionWithSecrets();
        extension.FailWith = 500;

        var error = Assert.Throws<SecretUnavailableException>(() => LambdaConfiguration(extension.Port,
            ("SecretArns:Stripe:SecretKey", StripeKeyArn), ("SecretArns:Stripe:WebhookSecret", WebhookArn)));

        Assert.Contains("Stripe:SecretKey", error.Message); // the first one read stops start-up
        Assert.Contains(StripeKeyArn, error.Message);
        Assert.Contains("HTTP 500", error.Message);
        Assert.Equal(QuickRetry.Attempts, extension.Requests.Count);
        Assert.DoesNotContain(StripeKey, error.ToString());
        Assert.DoesNotContain(SecretsExtensionStandIn.SessionToken, error.ToString());
    }

    [Fact]
    public async Task A_refused_secret_stops_start_up_with_the_extensions_reason()
    {
        await using var extension = await ExtensionWithSecrets();
        const string unknownArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:Deleted-StUvWx";

        var error = Assert.Throws<SecretUnavailableException>(() => LambdaConfiguration(extension.Port,
            ("SecretArns:Stripe:WebhookSecret", unknownArn)));

        Assert.Contains("Stripe:WebhookSecret", error.Message);
        Assert.Contains(unknownArn, error.Message);
        Assert.Contains("ResourceNotFoundException", error.Message);
    }

    [Theory]
    [InlineData("not json, but the password itself")]
    [InlineData("""{"username":"skyhigh_admin"}""")]
    public async Task A_database_secret_without_a_password_stops_start_up_without_echoing_it(string secretString)
    {
        await using var extension = await SecretsExtensionStandIn.StartAsync(new() { [DatabaseArn] = secretString });

        var error = Assert.Throws<SecretUnavailableException>(() => LambdaConfiguration(extension.Port, ("SecretArns:Database", DatabaseArn)));

        Assert.Contains(DatabaseArn, error.Message);
        Assert.Contains(DatabaseCredentials.ConnectionStringKey, error.Message);
        Assert.DoesNotContain(secretString, error.ToString());
    }

    [Fact]
    public async Task A_database_secret_without_a_configured_connection_string_stops_start_up()
    {
        await using var extension = await ExtensionWithSecrets();

        var error = Assert.Throws<SecretUnavailableException>(() => LambdaConfiguration(extension.Port,
            ("SecretArns:Database", DatabaseArn), (DatabaseCredentials.ConnectionStringKey, null)));

        Assert.Contains($"{DatabaseCredentials.ConnectionStringKey} is not configured", error.Message);
        Assert.DoesNotContain(DatabasePassword, error.ToString());
    }
}
