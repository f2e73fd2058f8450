using System.Text.Json.Serialization;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// The Api's JSON and its OpenAPI description, from which the Web's typed client is generated: numbers are JSON
/// numbers only (the default also reads "12" as 12, and the document then says every number may be a string).
/// </summary>
public static class ApiContract
{
    public static IHostApplicationBuilder AddApiContract(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<AllowedValuesSchemas>();
            options.AddOperationTransformer<IdempotencyKeyParameter>();
        });
        return builder;
    }

    /// <summary>The same endpoint conventions for every route: typed queries and the answers given before a handler runs.</summary>
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("").WithQueryBinding().DeclarePipelineResponses();
}
