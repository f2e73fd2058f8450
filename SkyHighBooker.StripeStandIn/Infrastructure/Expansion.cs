using System.Text.Json.Nodes;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>
/// Stripe's <c>expand[]</c>: replaces an id field (latest_charge, payment_method, ...) with the whole object.
/// One level deep; asking for a field that cannot be expanded is a 400, checked before anything changes.
/// </summary>
public sealed class Expansion(IReadOnlyDictionary<string, Func<string, object?>> expandable)
{
    public IReadOnlyList<string> RequestedFields(StripeForm form)
    {
        var fields = form.List("expand");
        foreach (var field in fields.Where(f => !expandable.ContainsKey(f)))
        {
            throw StripeErrors.Invalid($"This property cannot be expanded ({field}).", "expand");
        }
        return fields;
    }

    public IResult Render<T>(T value, IReadOnlyList<string> fields)
    {
        var node = StripeJson.ToNode(value);
        foreach (var field in fields)
        {
            if (node[field] is JsonValue idValue && idValue.TryGetValue<string>(out var id) && expandable[field](id) is { } found)
            {
                node[field] = StripeJson.ToNode(found);
            }
        }
        return StripeJson.Ok(node);
    }
}
