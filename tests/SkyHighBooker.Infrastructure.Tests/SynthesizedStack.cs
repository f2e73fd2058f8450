using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using SkyHighBooker.Infrastructure;

namespace SkyHighBooker.Infrastructure.Tests;

/// <summary>
/// The stack, synthesized once for the whole test run (synthesis goes through Node.js and takes 10–60 s), in the
/// configuration a production deployment uses: its own domain and certificate, Multi-AZ, a cross-region backup copy.
/// Tests read it through CDK's <see cref="Amazon.CDK.Assertions.Template"/> and, where they need to walk it, as JSON.
/// </summary>
public sealed class SynthesizedStack : IDisposable
{
    public const string SiteDomain = "book.skyhighbooker.example";
    public const string CopyVaultArn = "arn:aws:backup:us-west-2:123456789012:backup-vault:sky-high-booker-copy";

    public SkyHighBookerStack Stack { get; }
    public Template Template { get; }
    public JsonObject Json { get; }
    public string TemplatePath { get; }
    private readonly string _outdir;

    public SynthesizedStack()
    {
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        _outdir = Path.Combine(Path.GetTempPath(), $"skyhigh-cdk-{Guid.NewGuid():N}");
        var app = new App(new AppProps
        {
            Outdir = _outdir,
            Context = new Dictionary<string, object>
            {
                ["region"] = "us-east-1",
                ["siteDomain"] = SiteDomain,
                ["siteCertificateArn"] = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000",
                ["multiAz"] = "true",
                ["backupCopyVaultArn"] = CopyVaultArn,
                ["alarmEmail"] = "operations@skyhighbooker.example",
            },
        });
        var settings = DeploymentSettings.FromContext(app.Node);
        Stack = new SkyHighBookerStack(app, "SkyHighBooker", settings, new StackProps { Env = new Amazon.CDK.Environment { Region = settings.Region } });
        // Template.FromStack synthesizes the app into its output folder, where cfn-guard reads the same template.
        Template = Template.FromStack(Stack);
        TemplatePath = Path.Combine(_outdir, $"{Stack.StackName}.template.json");
        Json = JsonNode.Parse(File.ReadAllText(TemplatePath))!.AsObject();
    }

    /// <summary>Resources of one CloudFormation type, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonObject> Resources(string type) =>
        Json["Resources"]!.AsObject()
            .Where(resource => resource.Value!["Type"]!.GetValue<string>() == type)
            .ToDictionary(resource => resource.Key, resource => resource.Value!.AsObject());

    /// <summary>The single resource of a type whose logical id starts with the construct path given (e.g. "DatabasePrimary").</summary>
    public (string Id, JsonObject Resource) One(string type, string idPrefix)
    {
        var matches = Resources(type).Where(resource => resource.Key.StartsWith(idPrefix, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"expected one {type} named {idPrefix}…, found {matches.Count}: {string.Join(", ", matches.Select(m => m.Key))}");
        return (matches[0].Key, matches[0].Value);
    }

    public static JsonObject Properties(JsonObject resource) => resource["Properties"]!.AsObject();

    public void Dispose()
    {
        try { Directory.Delete(_outdir, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SynthesizedStackCollection : ICollectionFixture<SynthesizedStack>
{
    public const string Name = "synthesized stack";
}
