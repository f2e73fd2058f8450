using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// The Web's client is generated from the OpenAPI document, so an answer the document leaves out is one the client
/// cannot type. What an endpoint can answer is read here from how it is mapped (its authorization, body, query, route
/// and idempotency), independently of the conventions that declare it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ResponseDeclarationTests(ApiFixture api)
{
    [Fact]
    public async Task Every_endpoint_declares_in_the_OpenAPI_document_each_answer_it_can_give_as_problem_details()
    {
        var paths = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject();
        var endpoints = ApiEndpoints().ToList();
        Assert.NotEmpty(endpoints);

        var missing = new List<string>();
        foreach (var (endpoint, method) in endpoints)
        {
            var path = OpenApiPath(endpoint.RoutePattern.RawText!);
            var operation = paths[path]?[method.ToLowerInvariant()];
            if (operation is null)
            {
                missing.Add($"{method} {path}: not in the document");
                continue;
            }
            var responses = operation["responses"]!.AsObject();
            foreach (var (status, why) in AnswersOf(endpoint))
            {
                if (!responses.ContainsKey(status.ToString())) missing.Add($"{method} {path}: {status} ({why}) not declared");
            }
            foreach (var (status, response) in responses)
            {
                if (status.StartsWith('4') && response?["content"]?["application/problem+json"] is null)
                    missing.Add($"{method} {path}: {status} not declared as application/problem+json");
            }
            if (endpoint.Metadata.GetMetadata<IdempotencyKeyRequired>() is not null &&
                operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "Idempotency-Key" && p["in"]!.GetValue<string>() == "header" && p["required"]?.GetValue<bool>() == true) != true)
                missing.Add($"{method} {path}: the required Idempotency-Key header not declared");
        }

        Assert.True(missing.Count == 0, "Undeclared answers:\n" + string.Join("\n", missing));
    }

    /// <summary>The 4xx answers an endpoint can give, from how it is mapped, each with the reason.</summary>
    private static IEnumerable<(int Status, string Why)> AnswersOf(RouteEndpoint endpoint)
    {
        var metadata = endpoint.Metadata;
        yield return (429, "every request passes the per-IP rate limit");
        if (metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 && metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            yield return (401, "it needs a signed-in user");
            if (metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null)) yield return (403, "it needs a policy");
        }
        if (metadata.GetMetadata<IAcceptsMetadata>() is not null)
        {
            yield return (400, "it reads a body");
            yield return (413, "it reads a body");
            yield return (415, "it reads a JSON body");
        }
        if (metadata.GetMetadata<MethodInfo>()?.GetParameters().Any(p => p.IsDefined(typeof(AsParametersAttribute))) == true)
            yield return (400, "it reads typed query parameters");
        if (endpoint.RoutePattern.Parameters.Count > 0) yield return (404, "it names a resource in its route");
        if (metadata.GetMetadata<IdempotencyKeyRequired>() is not null)
        {
            yield return (400, "it needs an Idempotency-Key");
            yield return (422, "an Idempotency-Key can be reused with another request");
        }
    }

    private IEnumerable<(RouteEndpoint Endpoint, string Method)> ApiEndpoints() =>
        from endpoint in api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        where endpoint.RoutePattern.RawText?.StartsWith("/api/") == true
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []
        select (endpoint, method);

    /// <summary>/api/bookings/{id:guid}/ → /api/bookings/{id}</summary>
    private static string OpenApiPath(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", "{$1}").TrimEnd('/') is { Length: > 0 } path ? path : "/";
}
