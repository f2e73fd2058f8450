using System.Text.Json.Nodes;
using SkyHighBooker.StripeStandIn.Events;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.Webhooks;

/// <summary>
/// <c>/v1/webhook_endpoints</c>: register an endpoint at run time (url, enabled_events[]); the answer to the
/// create carries its signing secret, as on Stripe. Handy when the receiver's address is known only after start.
/// </summary>
public static class WebhookEndpointsApi
{
    public static IEndpointRouteBuilder MapWebhookEndpointsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/webhook_endpoints");
        api.MapPost("/", CreateAsync);
        api.MapGet("/", List);
        api.MapGet("/{id}", Retrieve);
        api.MapDelete("/{id}", Delete);
        return app;
    }

    public static async Task<IResult> CreateAsync(HttpContext context, WebhookEndpoints endpoints)
    {
        var form = await StripeForm.ReadAsync(context);
        var url = form.RequiredString("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw StripeErrors.Invalid($"Invalid URL: {url}", "url", "url_invalid");
        }
        var enabledEvents = form.List("enabled_events");
        if (enabledEvents.Count == 0)
        {
            throw StripeErrors.MissingParam("enabled_events");
        }
        foreach (var type in enabledEvents.Where(t => t != "*" && !EventTypes.All.Contains(t)))
        {
            throw StripeErrors.Invalid(
                $"Invalid enabled_events: {type}. The stand-in sends {string.Join(", ", EventTypes.All)}.", "enabled_events");
        }
        var endpoint = endpoints.Register(url, enabledEvents, description: form.String("description"),
            metadata: Metadata.FromForm(form, "metadata"));
        return StripeJson.Ok(endpoint with { Secret = endpoint.SigningSecret });
    }

    public static IResult List(WebhookEndpoints endpoints) =>
        StripeList.Ok(endpoints.All.Select(e => (JsonNode)StripeJson.ToNode(e)), false, "/v1/webhook_endpoints");

    public static IResult Retrieve(string id, WebhookEndpoints endpoints) =>
        endpoints.Find(id) is { } endpoint
            ? StripeJson.Ok(endpoint)
            : throw StripeErrors.ResourceMissing("webhook_endpoint", id, "id");

    public static IResult Delete(string id, WebhookEndpoints endpoints) =>
        endpoints.Remove(id)
            ? StripeJson.Ok(new { id, @object = "webhook_endpoint", deleted = true })
            : throw StripeErrors.ResourceMissing("webhook_endpoint", id, "id");
}
