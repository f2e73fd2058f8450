using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SkyHighBooker.Api.Idempotency;

namespace SkyHighBooker.Api.Apis;

/// <summary>Declares the Idempotency-Key header on the endpoints that require it (<see cref="IdempotencyKeyRequired"/>).</summary>
public sealed class IdempotencyKeyParameter : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotencyKeyRequired>().Any()) return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeys.Header,
            In = ParameterLocation.Header,
            Required = true,
            Description = "A key of the client's choosing for this one request: a retry with the same key and body replays the first answer",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKeys.MaxKeyLength },
        });
        return Task.CompletedTask;
    }
}
