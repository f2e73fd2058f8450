using System.Text.Json;
using System.Text.Json.Nodes;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// The Web's typed API client is generated from a copy of the Api's OpenAPI document kept next to it; this test fails
/// when the copy no longer matches the Api. UPDATE_OPENAPI=1 rewrites the copy (then run `npm run api:types` in the ClientApp).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiSnapshotTests(ApiFixture api)
{
    private static readonly string SnapshotPath = Path.Combine(RepositoryPaths.Root, "SkyHighBooker.Web", "ClientApp", "src", "api", "openapi.json");

    [Fact]
    public async Task The_Web_clients_copy_of_the_OpenAPI_document_matches_the_Api()
    {
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        document.Remove("servers"); // the test server's address, not part of the contract
        var current = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(SnapshotPath, current);

        Assert.True(File.Exists(SnapshotPath), $"{SnapshotPath} is missing: run the Api tests with UPDATE_OPENAPI=1");
        Assert.True(current == await File.ReadAllTextAsync(SnapshotPath),
            $"{SnapshotPath} is out of date: run the Api tests with UPDATE_OPENAPI=1, then `npm run api:types` in SkyHighBooker.Web/ClientApp");
    }
}
