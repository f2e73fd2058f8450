using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// The answers the request pipeline gives before a handler runs, declared from what each endpoint is mapped with, so
/// that no endpoint restates them: 429 from the rate limiter (every request passes the per-IP limit); 401 when it
/// needs a signed-in user, 403 when it needs more (a policy such as admin); 413 and 415 when it reads a JSON body
/// (<see cref="BadRequestProblems"/>). UseStatusCodePages and the exception handlers write each as problem details.
/// </summary>
public static class PipelineResponses
{
    public static TBuilder DeclarePipelineResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var authorization = endpoint.Metadata.OfType<IAuthorizeData>().ToList();
            var signedIn = authorization.Count > 0 && !endpoint.Metadata.OfType<IAllowAnonymous>().Any();
            if (signedIn) Declare(endpoint, StatusCodes.Status401Unauthorized);
            if (signedIn && authorization.Any(a => a.Policy is not null || a.Roles is not null)) Declare(endpoint, StatusCodes.Status403Forbidden);
            if (endpoint.Metadata.OfType<IAcceptsMetadata>().Any())
            {
                Declare(endpoint, StatusCodes.Status413PayloadTooLarge);
                Declare(endpoint, StatusCodes.Status415UnsupportedMediaType);
            }
            Declare(endpoint, StatusCodes.Status429TooManyRequests);
        });
        return builder;
    }

    private static void Declare(EndpointBuilder endpoint, int status)
    {
        if (endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().All(p => p.StatusCode != status))
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
