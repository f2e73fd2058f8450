using Aspire.Hosting;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>
/// Which services the AppHost adds in which environment, read from its model before anything starts: the emulators
/// and the dev admin only in Development (the testing builder's default), real settings required anywhere else.
/// </summary>
public sealed class AppHostEnvironmentTests
{
    private static readonly string[] Emulators = [BookerResources.Cognito, BookerResources.CognitoSetup, BookerResources.Storage, BookerResources.Stripe, BookerResources.Mail];

    private static readonly string[] RealSettings =
    [
        "--Cognito:UserPoolId=eu-west-1_Production", "--Cognito:ClientId=production-client", "--Cognito:Region=eu-west-1",
        "--Storage:Mode=aws", "--Stripe:SecretKey=sk_test_apphost_environment", "--Stripe:WebhookSecret=whsec_apphost_environment",
        "--Email:Host=email-smtp.eu-west-1.amazonaws.com", "--Email:UserName=AKIAEXAMPLESMTPUSER", "--Email:Password=ses-smtp-password",
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

    [Fact]
    public async Task In_production_the_Worker_sends_email_through_the_configured_SMTP_server_with_StartTls_and_its_credentials()
    {
        await using var builder = await AppHostIn("Production", RealSettings);
        var worker = await EnvironmentOfAsync(builder, BookerResources.Worker);
        Assert.Equal("email-smtp.eu-west-1.amazonaws.com", worker["Email__Host"]);
        Assert.Equal("AKIAEXAMPLESMTPUSER", worker["Email__UserName"]);
        Assert.Contains("Email__Password", worker.Keys);
        Assert.DoesNotContain("Email__StartTls", worker.Keys); // the Worker's default: STARTTLS on
    }

    private static readonly string[] DeployedCognitoAndS3 =
    [
        "--Cognito:UserPoolId=eu-west-1_Deployed", "--Cognito:ClientId=deployed-web-client", "--Cognito:Region=eu-west-1",
        "--Storage:Mode=aws", "--Storage:BucketName=sky-high-booker-files-deployed", "--Storage:Region=eu-west-1",
    ];

    [Fact]
    public async Task In_development_a_deployed_user_pool_and_bucket_replace_their_emulators_and_reach_every_service_under_the_names_they_have_on_AWS()
    {
        await using var builder = await AppHostIn("Development", DeployedCognitoAndS3);
        var names = builder.Resources.Select(resource => resource.Name).ToHashSet();
        Assert.DoesNotContain(BookerResources.Cognito, names);
        Assert.DoesNotContain(BookerResources.CognitoSetup, names);
        Assert.DoesNotContain(BookerResources.Storage, names);
        Assert.Contains(BookerResources.Stripe, names); // what was not pointed elsewhere still runs locally

        var api = await EnvironmentOfAsync(builder, BookerResources.Api);
        var worker = await EnvironmentOfAsync(builder, BookerResources.Worker);
        var web = await EnvironmentOfAsync(builder, BookerResources.Web);
        foreach (var service in new[] { api, web })
        {
            Assert.Equal("eu-west-1_Deployed", service["Cognito__UserPoolId"]);
            Assert.Equal("deployed-web-client", service["Cognito__ClientId"]);
            Assert.Equal("eu-west-1", service["Cognito__Region"]);
            Assert.Equal("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Deployed", service["Cognito__Issuer"]);
            Assert.DoesNotContain("Cognito__ServiceUrl", service.Keys); // set, it would mean an emulator
            Assert.DoesNotContain("Cognito__RequireHttpsMetadata", service.Keys);
        }
        foreach (var service in new[] { api, worker })
        {
            Assert.Equal("sky-high-booker-files-deployed", service["Storage__BucketName"]);
            Assert.Equal("eu-west-1", service["Storage__Region"]);
            Assert.DoesNotContain("Storage__ServiceUrl", service.Keys);
            Assert.DoesNotContain("Storage__AccessKey", service.Keys); // real S3: the AWS credential chain, never a key in configuration
        }
    }

    /// <summary>A service's environment as the model gives it, without starting anything (references shown as expressions).</summary>
    private static async Task<Dictionary<string, string>> EnvironmentOfAsync(IDistributedApplicationTestingBuilder builder, string name)
    {
        var resource = (IResourceWithEnvironment)builder.Resources.Single(resource => resource.Name == name);
#pragma warning disable CS0618 // the older single-call form; enough for values that need no running resource
        return await resource.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618
    }

    [Theory]
    [InlineData("Cognito:UserPoolId")]
    [InlineData("Storage:Mode")]
    [InlineData("Stripe:SecretKey")]
    [InlineData("Email:Host")]
    public async Task In_production_a_missing_real_setting_stops_the_AppHost_naming_it(string setting)
    {
        var args = RealSettings.Where(arg => !arg.StartsWith($"--{setting}=")).ToArray();
        var error = await Record.ExceptionAsync(() => AppHostIn("Production", args));
        Assert.NotNull(error);
        Assert.Contains(setting, error.ToString());
        Assert.Contains("'Production' environment needs", error.ToString());
    }
}
