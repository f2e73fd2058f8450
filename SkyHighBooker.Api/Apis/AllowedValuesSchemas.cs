using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SkyHighBooker.Api.Apis;

/// <summary>Lists a string's values as an enum in the OpenAPI document where it is marked <see cref="AllowedValuesFromAttribute"/>.</summary>
public sealed class AllowedValuesSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var marked = context.JsonPropertyInfo?.AttributeProvider
            ?? (context.ParameterDescription?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo;
        if (marked?.GetCustomAttributes(typeof(AllowedValuesFromAttribute), true) is [AllowedValuesFromAttribute allowed, ..])
            schema.Enum = [.. allowed.Values.Select(value => (JsonNode)JsonValue.Create(value))];
        return Task.CompletedTask;
    }
}
