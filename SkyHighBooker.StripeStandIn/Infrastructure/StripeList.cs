using System.Text.Json.Nodes;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>Stripe's list object: <c>{"object": "list", "data": [...], "has_more": ..., "url": ...}</c>.</summary>
public static class StripeList
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static int Limit(StripeForm form)
    {
        var limit = form.Integer("limit") ?? DefaultLimit;
        return limit is >= 1 and <= MaxLimit
            ? (int)limit
            : throw StripeErrors.Invalid($"Invalid limit: must be between 1 and {MaxLimit}.", "limit");
    }

    public static IResult Ok(IEnumerable<JsonNode> items, bool hasMore, string url) => StripeJson.Ok(new JsonObject
    {
        ["object"] = "list",
        ["data"] = new JsonArray(items.ToArray()),
        ["has_more"] = hasMore,
        ["url"] = url,
    });
}
