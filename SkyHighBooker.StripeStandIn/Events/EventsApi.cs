using System.Text.Json.Nodes;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.Events;

/// <summary><c>GET /v1/events</c> (<c>limit</c>, <c>type</c>, <c>starting_after</c>) and <c>GET /v1/events/{id}</c>: what was sent, newest first.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/events");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", Retrieve);
        return app;
    }

    public static async Task<IResult> ListAsync(HttpContext context, EventLog events)
    {
        var form = await StripeForm.ReadAsync(context);
        var (page, hasMore) = events.Recent(StripeList.Limit(form), form.String("type"), form.String("starting_after"));
        return StripeList.Ok(page.Select(e => JsonNode.Parse(e.Json)!), hasMore, "/v1/events");
    }

    public static IResult Retrieve(string id, EventLog events) =>
        events.Find(id) is { } found
            ? Results.Text(found.Json, "application/json")
            : throw StripeErrors.ResourceMissing("event", id, "id");
}
