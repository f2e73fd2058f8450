namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>
/// Which services the AppHost adds in which environment, read from its model before anything starts: the emulators
/// and the dev admin only in Development (the testing builder's default), real settings required anywhere else.
/// </summary>
public sealed class AppHostEnvironmentTests
{
    private static readonly string[] Emulators = [BookerResources.Cognito, BookerResources.CognitoSetup, BookerResources.Storage, BookerResources.Stripe];

    private static readonly string[] RealSettings =
    [
        "--Cognito:UserPoolId=eu-west-1_Production", "--Cognito:ClientId=production-client", "--Cognito:Region=eu-west-1",
        "--Storage:Mode=aws", "--Stripe:SecretKey=sk_test_apphost_environment", "--Stripe:WebhookSecret=whsec_apphost_environment",
        "--Postgres:Mode=executable", "--Parameters:postgres-password=apphost-environment-test",
    ];

    private static Task<IDistributedApplicationTestingBuilder> AppHostIn(string environment, params string[] args) =>
        DistributedApplicationTestingBuilder.CreateAsync<Projects.SkyHighBooker_AppHost>(
            ["--Postgres:Mode=executable", .. args], (_, host) => host.EnvironmentName = environment);

    [Fact]
    public async Task In_development_the_emulators_are_added()
    {
        await using var builder = await AppHostIn("Development");
        var names = builder.Resources.Select(resource => resource.Name).ToList();
        Assert.Superset(Emulators.ToHashSet(), names.ToHashSet());
    }

    [Fact]
    public async Task In_production_with_the_real_settings_no_emulator_is_added()
    {
        await using var builder = await AppHostIn("Production", RealSettings);
        var names = builder.Resources.Select(resource => resource.Name).ToList();
        Assert.Contains(BookerResources.Api, names);
        Assert.Empty(names.Intersect(Emulators));
    }

    [Theory]
    [InlineData("Cognito:UserPoolId")]
    [InlineData("Storage:Mode")]
    [InlineData("Stripe:SecretKey")]
    public async Task In_production_a_missing_real_setting_stops_the_AppHost_naming_it(string setting)
    {
        var args = RealSettings.Where(arg => !arg.StartsWith($"--{setting}=")).ToArray();
        var error = await Record.ExceptionAsync(() => AppHostIn("Production", args));
        Assert.NotNull(error);
        Assert.Contains(setting, error.ToString());
        Assert.Contains("'Production' environment needs", error.ToString());
    }
}
