using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Idempotency;

/// <summary>
/// What an endpoint run by <see cref="IdempotentEndpoint"/> answers: 201 with <typeparamref name="TCreated"/>, first
/// time or replayed; 400 without a usable Idempotency-Key; 422 for a key used with another request; or the
/// operation's own refusal. As the handler's return type it declares those responses (and the required header) in
/// the OpenAPI document, so no endpoint restates them; the operation's refusals are declared on the endpoint.
/// </summary>
public sealed class IdempotentCreated<TCreated>(IResult answer) : IResult, INestedHttpResult, IEndpointMetadataProvider
{
    public IResult Result => answer;

    public Task ExecuteAsync(HttpContext httpContext) => answer.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(TCreated), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new IdempotencyKeyRequired());
    }
}

/// <summary>Endpoint metadata: the request needs an <see cref="IdempotencyKeys.Header"/> header.</summary>
public sealed class IdempotencyKeyRequired;
