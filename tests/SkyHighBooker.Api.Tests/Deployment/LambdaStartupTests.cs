using System.Diagnostics;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Deployment;

/// <summary>The built Api, started with the environment Lambda gives it (SkyHighBooker.Infrastructure/Api.cs): Program.cs reads the secrets first.</summary>
public sealed class LambdaStartupTests
{
    [Fact]
    public async Task The_Api_started_as_on_Lambda_without_its_secrets_extension_stops_naming_the_secret()
    {
        const string webhookArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:StripeWebhookSecret-GhIjKl";
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.BuiltAssembly("SkyHighBooker.Api")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["AWS_SESSION_TOKEN"] = "session-token-of-the-function";
        start.Environment["PARAMETERS_SECRETS_EXTENSION_HTTP_PORT"] = RepositoryPaths.FreePort().ToString();
        start.Environment["SecretArns__Stripe__WebhookSecret"] = webhookArn;

        using var api = Process.Start(start)!;
        var output = api.StandardOutput.ReadToEndAsync();
        var errors = api.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await api.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!api.HasExited) api.Kill(entireProcessTree: true);
        }
        var log = await output + await errors;

        Assert.NotEqual(0, api.ExitCode);
        Assert.Contains("SecretUnavailableException", log);
        Assert.Contains("Cannot start without Stripe:WebhookSecret", log);
        Assert.Contains(webhookArn, log);
    }
}
