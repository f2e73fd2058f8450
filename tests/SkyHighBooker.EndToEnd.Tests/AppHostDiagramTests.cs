using System.Text.RegularExpressions;
using SkyHighBooker.Testing;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>
/// README.md's architecture diagram against the AppHost's model, read before anything starts: the same resources, and
/// an arrow for each reference or wait between them.
/// </summary>
public sealed partial class AppHostDiagramTests
{
    [Fact]
    public async Task The_README_diagram_shows_exactly_the_resources_the_AppHost_runs_and_what_each_references()
    {
        var model = await AppHostGraphAsync();
        var diagram = ReadmeDiagram();

        var report = $"""
            README.md's mermaid diagram differs from SkyHighBooker.AppHost/Program.cs.
            Resources only in the AppHost: {string.Join(", ", model.Nodes.Except(diagram.Nodes))}
            Resources only in the README: {string.Join(", ", diagram.Nodes.Except(model.Nodes))}
            Arrows only in the AppHost: {string.Join(", ", model.Edges.Except(diagram.Edges))}
            Arrows only in the README: {string.Join(", ", diagram.Edges.Except(model.Edges))}
            The AppHost's resources and arrows:
            {string.Join("\n", model.Nodes.Concat(model.Edges))}
            """;
        Assert.True(model.Nodes.SetEquals(diagram.Nodes) && model.Edges.SetEquals(diagram.Edges), report);
    }

    [Fact]
    public async Task The_model_read_for_the_diagram_has_every_named_resource()
    {
        var model = await AppHostGraphAsync();
        Assert.Superset(new HashSet<string>(
        [
            BookerResources.Postgres, BookerResources.Database, BookerResources.Cognito, BookerResources.CognitoSetup,
            BookerResources.Storage, BookerResources.Stripe, BookerResources.Api, BookerResources.Worker, BookerResources.Web,
        ]), model.Nodes);
        Assert.Contains($"{BookerResources.Api} --> {BookerResources.Database}", model.Edges);
    }

    private sealed record Graph(HashSet<string> Nodes, HashSet<string> Edges);

    /// <summary>
    /// Resources as Development runs them: parameters left out, and so is what starts only when asked (Aspire's hidden
    /// project rebuilders).
    /// </summary>
    private static async Task<Graph> AppHostGraphAsync()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SkyHighBooker_AppHost>(["--Postgres:Mode=executable"]);
        var shown = builder.Resources.Where(resource => resource is not ParameterResource && !StartsOnlyWhenAsked(resource)).ToList();
        var edges = new HashSet<string>();
        foreach (var resource in shown)
        {
            var targets = resource.Annotations.OfType<ResourceRelationshipAnnotation>()
                .Where(relationship => relationship.Type is "Reference" or "WaitFor")
                .Select(relationship => relationship.Resource)
                .Concat(resource is IResourceWithParent child ? [child.Parent] : []);
            foreach (var target in targets.Where(target => target != resource && shown.Contains(target)))
            {
                edges.Add($"{resource.Name} --> {target.Name}");
            }
        }
        return new Graph(shown.Select(resource => resource.Name).ToHashSet(), edges);
    }

    private static bool StartsOnlyWhenAsked(IResource resource) => resource.Annotations.OfType<ExplicitStartupAnnotation>().Any();

    /// <summary>The README's ```mermaid block: node lines (<c>id["label"]</c>, any shape) and arrows (<c>a --> b</c>).</summary>
    private static Graph ReadmeDiagram()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var block = MermaidBlock().Match(readme);
        Assert.True(block.Success, "README.md has no ```mermaid block");
        var nodes = new HashSet<string>();
        var edges = new HashSet<string>();
        foreach (var line in block.Groups["body"].Value.Split('\n').Select(line => line.Trim()))
        {
            if (line.Length == 0 || line.StartsWith("%%") || line.StartsWith("flowchart") || line.StartsWith("graph")) continue;
            if (Arrow().Match(line) is { Success: true } arrow)
            {
                var (from, to) = (arrow.Groups["from"].Value, arrow.Groups["to"].Value);
                nodes.Add(from);
                nodes.Add(to);
                edges.Add($"{from} --> {to}");
            }
            else if (Node().Match(line) is { Success: true } node)
            {
                nodes.Add(node.Groups["id"].Value);
            }
            else
            {
                Assert.Fail($"README.md's diagram has a line this test cannot read (use id[\"label\"] or a --> b): {line}");
            }
        }
        return new Graph(nodes, edges);
    }

    [GeneratedRegex(@"```mermaid\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex(@"^(?<from>[\w-]+)\s*-->\s*(?<to>[\w-]+)$")]
    private static partial Regex Arrow();

    [GeneratedRegex(@"^(?<id>[\w-]+)\s*[\[\(\{]")]
    private static partial Regex Node();
}
