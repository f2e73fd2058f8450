using Microsoft.Extensions.Hosting;

namespace SkyHighBooker.AppHost;

/// <summary>
/// The emulators (cognito-local with its dev admin, s3rver, the Stripe stand-in) run only when the AppHost's
/// environment is Development, which is also what Aspire's testing builder uses. In any other environment each
/// concern needs its real settings, and a missing one stops the AppHost naming it.
/// </summary>
public static class LocalEmulators
{
    public static bool Allowed(IDistributedApplicationBuilder builder) => builder.Environment.IsDevelopment();

    public static InvalidOperationException MissingSettings(IDistributedApplicationBuilder builder, string settings, string emulator) =>
        new($"The '{builder.Environment.EnvironmentName}' environment needs {settings}: {emulator} stands in only in Development.");
}
