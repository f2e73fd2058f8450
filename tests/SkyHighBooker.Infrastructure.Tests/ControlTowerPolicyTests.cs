using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SkyHighBooker.Infrastructure.Tests;

/// <summary>
/// AWS CloudFormation Guard with every rule of the AWS Control Tower rule set (npm
/// <c>@cdklabs/cdk-validator-cfnguard</c>, installed into SkyHighBooker.Infrastructure/policy by <c>npm ci</c> on
/// first use), offline, over the synthesized template. Each failure must be listed in policy/EXCEPTIONS.md with the
/// reason it is accepted; an exception that no longer matches anything fails too, so the list stays true.
/// </summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class ControlTowerPolicyTests(SynthesizedStack stack)
{
    private static readonly string PolicyDirectory = Path.Combine(ProjectDirectory.Path, "policy");
    private static readonly string Package = Path.Combine(PolicyDirectory, "node_modules", "@cdklabs", "cdk-validator-cfnguard");

    [Fact]
    public void Every_Control_Tower_rule_passes_or_has_a_written_exception()
    {
        EnsureInstalled();
        var failures = Run(stack.TemplatePath);
        var exceptions = PolicyExceptions.Read(Path.Combine(PolicyDirectory, "EXCEPTIONS.md"));
        Assert.True(exceptions.All(e => e.Reason.Length >= 40), "every exception says why, in a sentence");

        var unexcused = failures.Where(f => !exceptions.Any(e => e.Covers(f))).ToList();
        Assert.True(unexcused.Count == 0,
            "Control Tower rules failing with no exception in SkyHighBooker.Infrastructure/policy/EXCEPTIONS.md:\n"
            + string.Join("\n", unexcused.Select(f => $"| {f.Control} | {f.Rule} | {f.Resource} |")));
        var stale = exceptions.Where(e => !failures.Any(e.Covers)).ToList();
        Assert.True(stale.Count == 0, "exceptions that no longer match a failure (remove them):\n" + string.Join("\n", stale.Select(e => $"{e.Control} {e.Resource}")));
    }

    /// <summary>A failing (control, rule, resource), one per resource that a rule's check names.</summary>
    public sealed record Failure(string Control, string Rule, string Resource);

    private static List<Failure> Run(string template)
    {
        var os = OperatingSystem.IsMacOS() ? "macos" : "ubuntu";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "aarch64" : "x86_64";
        var guard = Path.Combine(Package, "bin", os, arch, "cfn-guard");
        var rules = Path.Combine(Package, "rules", "control-tower", "cfn-guard");
        var (exit, output, error) = Execute(guard, PolicyDirectory, "validate", "--data", template, "--rules", rules, "--output-format", "json", "--show-summary", "none", "--structured");
        // 0: all pass; 19: some rule failed; anything else: cfn-guard could not run
        Assert.True(exit is 0 or 19, $"cfn-guard exited {exit}: {error}");

        var failures = new HashSet<Failure>();
        foreach (var file in JsonNode.Parse(output)!.AsArray())
            foreach (var rule in file!["not_compliant"]!.AsArray())
            {
                var name = rule!["Rule"]!["name"]!.GetValue<string>();
                var found = new HashSet<Failure>();
                Collect(rule["Rule"]!, name, null, found);
                // a failure that names no resource still fails: it is the template's, and needs its own exception
                if (found.Count == 0) found.Add(new Failure("?", name, "(template)"));
                failures.UnionWith(found);
            }
        return failures.ToList();
    }

    private static void Collect(JsonNode node, string rule, string? control, HashSet<Failure> into)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["messages"]?["custom_message"]?.GetValue<string>() is { } message && Regex.Match(message, @"\[(CT\.[A-Z0-9.]+)\]") is { Success: true } id)
                    control = id.Groups[1].Value;
                foreach (var (key, value) in obj)
                {
                    if (value is JsonValue text && key is "error_message" or "context" && text.TryGetValue<string>(out var s))
                        foreach (Match resource in Regex.Matches(s, @"/Resources/([A-Za-z0-9]+)"))
                            into.Add(new Failure(control ?? "?", rule, resource.Groups[1].Value));
                    else if (value is not null)
                        Collect(value, rule, control, into);
                }
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) Collect(item, rule, control, into);
                break;
        }
    }

    private static void EnsureInstalled()
    {
        if (File.Exists(Path.Combine(Package, "package.json"))) return;
        var (exit, _, error) = Execute("npm", PolicyDirectory, "ci", "--no-audit", "--no-fund");
        Assert.True(exit == 0, $"npm ci in {PolicyDirectory} failed: {error}");
    }

    private static (int Exit, string Output, string Error) Execute(string file, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>
/// One row of policy/EXCEPTIONS.md: <c>| control | rule | resource | why |</c>. The resource is a logical id of the
/// template; <c>*</c> stands for any characters (the hash CDK appends, or a family of like resources).
/// </summary>
public sealed record PolicyExceptions(string Control, string Rule, string Resource, string Reason)
{
    public bool Covers(ControlTowerPolicyTests.Failure failure) =>
        failure.Control == Control && failure.Rule == Rule
        && Regex.IsMatch(failure.Resource, "^" + Regex.Escape(Resource).Replace("\\*", ".*") + "$");

    public static List<PolicyExceptions> Read(string path) =>
        File.ReadLines(path)
            .Where(line => line.StartsWith("| CT.", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim().Trim('`')).ToArray())
            .Select(cells => new PolicyExceptions(cells[1], cells[2], cells[3], cells[4]))
            .ToList();
}
