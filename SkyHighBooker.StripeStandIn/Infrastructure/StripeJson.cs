using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>Stripe's JSON: snake_case names, nulls written out, indented like api.stripe.com answers.</summary>
public static class StripeJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ToNode<T>(T value) =>
        JsonSerializer.SerializeToNode(value, Options)!.AsObject();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A 200 answer with the object (Stripe.net accepts no other success code).</summary>
    public static IResult Ok<T>(T value) => TypedResults.Json(value, Options);

    public static long UnixTime(this TimeProvider clock) => clock.GetUtcNow().ToUnixTimeSeconds();
}
