using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>In Production the Api refuses to start with the local emulators' settings or secrets, naming each one.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProductionSafetyTests(ApiFixture api)
{
    /// <summary>What a real deployment gives the Api (no real secret: nothing here is contacted at start-up).</summary>
    private static readonly KeyValuePair<string, string>[] SafeSettings =
    [
        new("Cognito:Issuer", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Production"),
        new("Cognito:ServiceUrl", ""),
        new("Cognito:RequireHttpsMetadata", "true"),
        new("Stripe:SecretKey", "sk_test_production_safety_check"),
        new("Stripe:PublishableKey", "pk_test_production_safety_check"),
        new("Stripe:WebhookSecret", "whsec_production_safety_check"),
        new("Stripe:ApiBase", ""),
        new("Storage:ServiceUrl", ""),
        new("Storage:AccessKey", ""),
        new("Storage:SecretKey", ""),
        new("Seed:ScheduleDays", "0"),
    ];

    private WebApplicationFactory<Program> InProduction(IEnumerable<KeyValuePair<string, string>> settings) =>
        api.WithSettings([.. SafeSettings, .. settings]).WithWebHostBuilder(host => host.UseEnvironment(Environments.Production));

    private static string StartupFailure(WebApplicationFactory<Program> factory)
    {
        var error = Record.Exception(() => factory.Server);
        Assert.NotNull(error);
        return error.ToString();
    }

    [Fact]
    public async Task With_real_settings_the_Api_starts_in_production()
    {
        await using var production = InProduction([]);
        using var client = production.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Theory]
    [InlineData("Cognito:Issuer", "http://localhost:9229/local_pool")]
    [InlineData("Cognito:Issuer", "https://127.0.0.1:9229/local_pool")]
    [InlineData("Cognito:ServiceUrl", "http://localhost:9229/")]
    [InlineData("Cognito:RequireHttpsMetadata", "false")]
    [InlineData("Email:StartTls", "false")]
    [InlineData("Stripe:SecretKey", StripeStandInServer.SecretKey)]
    [InlineData("Stripe:SecretKey", "sk_test_sky_high_booker_local")]
    [InlineData("Stripe:PublishableKey", "pk_test_sky_high_booker_local")]
    [InlineData("Stripe:WebhookSecret", StripeStandInServer.WebhookSecret)]
    [InlineData("Stripe:WebhookSecret", "")]
    [InlineData("Stripe:ApiBase", "http://127.0.0.1:5090")]
    [InlineData("Storage:ServiceUrl", "http://127.0.0.1:4569")]
    [InlineData($"ConnectionStrings:{BookerResources.Database}", "Host=db.internal;Username=postgres;Password=sky-high-local-only;Database=skyhighdb")]
    [InlineData("Cognito:AdminPassword", "SkyHigh!Admin1")]
    public async Task One_unsafe_setting_stops_the_Api_in_production_naming_it(string key, string value)
    {
        await using var production = InProduction([new(key, value)]);

        var failure = StartupFailure(production);

        Assert.Contains(nameof(UnsafeProductionSettingsException), failure);
        Assert.Contains($"  - {key} ", failure);
        Assert.DoesNotContain("sk_test_production_safety_check", failure);
        if (!key.StartsWith("Cognito:") && value.Length > 0) Assert.DoesNotContain(value, failure); // names, never secrets
    }

    [Fact]
    public async Task The_test_emulators_settings_in_production_are_refused_all_at_once()
    {
        await using var production = api.WithSettings([new("Seed:ScheduleDays", "0")])
            .WithWebHostBuilder(host => host.UseEnvironment(Environments.Production));

        var failure = StartupFailure(production);

        foreach (var key in new[] { "Cognito:Issuer", "Cognito:ServiceUrl", "Cognito:RequireHttpsMetadata", "Stripe:SecretKey",
                     "Stripe:PublishableKey", "Stripe:WebhookSecret", "Stripe:ApiBase", "Storage:ServiceUrl" })
        {
            Assert.Contains($"  - {key} ", failure);
        }
    }

    [Fact]
    public async Task Outside_production_the_same_settings_start()
    {
        await using var staging = api.WithSettings([new("Seed:ScheduleDays", "0")]).WithWebHostBuilder(host => host.UseEnvironment(Environments.Staging));
        using var client = staging.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task A_test_that_runs_production_with_emulators_removes_the_check_as_documented()
    {
        await using var production = api.WithSettings([new("Seed:ScheduleDays", "0")]).WithWebHostBuilder(host => host
            .UseEnvironment(Environments.Production)
            .ConfigureTestServices(services => services.RemoveAll<ProductionSafety>()));
        using var client = production.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }
}
