namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>Stripe metadata: up to 50 keys of at most 40 characters, values of at most 500; an empty value unsets a key.</summary>
public static class Metadata
{
    public static IReadOnlyDictionary<string, string> FromForm(StripeForm form, string name) =>
        Merge(new Dictionary<string, string>(), form, name);

    public static IReadOnlyDictionary<string, string> Merge(
        IReadOnlyDictionary<string, string> current, StripeForm form, string name)
    {
        var merged = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (key, value) in form.Hash(name))
        {
            if (key.Length > 40)
            {
                throw StripeErrors.Invalid($"Metadata keys can have up to 40 characters; '{key}' has {key.Length}.", $"{name}[{key}]");
            }
            if (value.Length > 500)
            {
                throw StripeErrors.Invalid($"Metadata values can have up to 500 characters.", $"{name}[{key}]");
            }
            if (value.Length == 0)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value;
            }
        }
        if (merged.Count > 50)
        {
            throw StripeErrors.Invalid("You can have up to 50 metadata keys.", name);
        }
        return merged;
    }
}
