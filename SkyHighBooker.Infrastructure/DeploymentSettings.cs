using Amazon.CDK;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// Everything a deployment may choose, read from CDK context (<c>cdk deploy -c name=value</c> or cdk.json), with the
/// defaults a first deployment gets. Nothing here is looked up in an AWS account: synthesis stays offline.
/// </summary>
public sealed record DeploymentSettings
{
    /// <summary>The region to deploy to (context <c>region</c>).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>
    /// Given, not looked up (context <c>availabilityZones</c>, comma-separated): a lookup needs an account and the
    /// network, and with an account in the environment synthesis silently used dummy zone names instead.
    /// </summary>
    public IReadOnlyList<string> AvailabilityZones { get; init; } = ["us-east-1a", "us-east-1b"];

    /// <summary>
    /// The self-contained linux-x64 publish folder of SkyHighBooker.Api (context <c>apiPackage</c>), with an executable
    /// <c>bootstrap</c> in it. Without one, a placeholder that only lets synthesis (and the tests) run.
    /// </summary>
    public string ApiPackage { get; init; } = PlaceholderApiPackage;

    /// <summary>
    /// The Worker's image (context <c>workerImage</c>): <c>repository:tag</c> in this account's ECR (what the README's
    /// <c>dotnet publish /t:PublishContainer</c> pushes), or any full image reference.
    /// </summary>
    public string WorkerImage { get; init; } = "sky-high-booker-worker:latest";

    /// <summary>Run the database primary with a standby in the second zone (context <c>multiAz</c>).</summary>
    public bool MultiAz { get; init; }

    /// <summary>Copy every daily backup to a vault of this name in another region (context <c>backupCopyVaultArn</c>).</summary>
    public string? BackupCopyVaultArn { get; init; }

    /// <summary>
    /// The site's own domain and its ACM certificate in us-east-1 (contexts <c>siteDomain</c>, <c>siteCertificateArn</c>).
    /// Only with a certificate of its own can CloudFront be held to TLS 1.2+: on its default *.cloudfront.net
    /// certificate CloudFront always offers TLSv1.
    /// </summary>
    public string? SiteDomain { get; init; }
    public string? SiteCertificateArn { get; init; }

    /// <summary>
    /// A CloudFront web ACL made in us-east-1 (context <c>siteWebAclArn</c>), for a stack in another region, where the
    /// stack cannot make one itself; in us-east-1 it makes its own (<see cref="Firewall"/>).
    /// </summary>
    public string? SiteWebAclArn { get; init; }

    /// <summary>Stripe's publishable key (context <c>stripePublishableKey</c>): public by nature, handed to browsers by the Api.</summary>
    public string? StripePublishableKey { get; init; }

    /// <summary>Where alarms are sent (context <c>alarmEmail</c>); without it they go to the SNS topic only.</summary>
    public string? AlarmEmail { get; init; }

    /// <summary>NAT gateways for the compute subnets (context <c>natGateways</c>): 1 is cheaper, 2 survives a zone.</summary>
    public int NatGateways { get; init; } = 1;

    /// <summary>The database's instance class (context <c>databaseInstanceClass</c>); Performance Insights needs a medium or larger.</summary>
    public string DatabaseInstanceClass { get; init; } = "t4g.medium";

    /// <summary>
    /// The address the travellers' emails come from (context <c>emailFrom</c>; default bookings@ the site's domain):
    /// an address or domain verified in Amazon SES, which sends from nothing else.
    /// </summary>
    public string? EmailFrom { get; init; }

    public string EmailFromAddress => EmailFrom ?? $"bookings@{SiteDomain ?? "example.com"}";

    public static string PlaceholderApiPackage =>
        Path.Combine(ProjectDirectory.Path, "api-placeholder");

    public static DeploymentSettings FromContext(Node node)
    {
        string? Text(string key) => node.TryGetContext(key) is { } value && value.ToString() is { Length: > 0 } text ? text : null;
        var defaults = new DeploymentSettings();
        var region = Text("region") ?? defaults.Region;
        return new DeploymentSettings
        {
            Region = region,
            AvailabilityZones = Text("availabilityZones")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                ?? [$"{region}a", $"{region}b"],
            ApiPackage = Text("apiPackage") ?? defaults.ApiPackage,
            WorkerImage = Text("workerImage") ?? defaults.WorkerImage,
            MultiAz = bool.TryParse(Text("multiAz"), out var multiAz) && multiAz,
            BackupCopyVaultArn = Text("backupCopyVaultArn"),
            SiteDomain = Text("siteDomain"),
            SiteCertificateArn = Text("siteCertificateArn"),
            SiteWebAclArn = Text("siteWebAclArn"),
            AlarmEmail = Text("alarmEmail"),
            StripePublishableKey = Text("stripePublishableKey"),
            EmailFrom = Text("emailFrom"),
            NatGateways = int.TryParse(Text("natGateways"), out var nat) ? nat : defaults.NatGateways,
            DatabaseInstanceClass = Text("databaseInstanceClass") ?? defaults.DatabaseInstanceClass,
        };
    }
}
