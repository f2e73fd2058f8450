using System.Globalization;
using System.Text.RegularExpressions;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>
/// The parameters of a Stripe request in its bracket notation (<c>metadata[booking_id]=...</c>,
/// <c>payment_method_types[0]=card</c> or <c>payment_method_types[]=card</c>), from the query string and
/// a form-encoded body. List items written as <c>name[]</c> are numbered in order, so both spellings read alike.
/// </summary>
public sealed partial class StripeForm
{
    private static readonly object CacheKey = new();

    private readonly Dictionary<string, string> _values;

    private StripeForm(Dictionary<string, string> values) => _values = values;

    public static StripeForm Empty { get; } = new([]);

    /// <summary>Every parameter, sorted by name: what an idempotent retry must send again unchanged.</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters => _values.OrderBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>Reads (once per request) the query string and, for a form-encoded body, the body.</summary>
    public static async Task<StripeForm> ReadAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(CacheKey, out var cached))
        {
            return (StripeForm)cached!;
        }

        var pairs = context.Request.Query.SelectMany(q => q.Value.Select(v => (q.Key, v ?? ""))).ToList();
        if (context.Request.HasFormContentType)
        {
            var body = await context.Request.ReadFormAsync(context.RequestAborted);
            pairs.AddRange(body.SelectMany(f => f.Value.Select(v => (f.Key, v ?? ""))));
        }

        var form = FromPairs(pairs);
        context.Items[CacheKey] = form;
        return form;
    }

    public static StripeForm FromPairs(IEnumerable<(string Key, string Value)> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var nextIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            values[NumberListItems(key, nextIndex)] = value;
        }
        return new StripeForm(values);
    }

    /// <summary>Whether the parameter, or anything nested under it, was sent.</summary>
    public bool Has(string name) =>
        _values.Keys.Any(k => k == name || k.StartsWith(name + "[", StringComparison.Ordinal));

    /// <summary>The value, or null when absent or empty (Stripe reads an empty value as "unset").</summary>
    public string? String(string name) =>
        _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public string RequiredString(string name) => String(name) ?? throw StripeErrors.MissingParam(name);

    public long? Integer(string name)
    {
        var raw = String(name);
        if (raw is null)
        {
            return null;
        }
        return long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw StripeErrors.InvalidInteger(name, raw);
    }

    /// <summary>true/false in any letter case (Stripe.net writes .NET's "True"), or 1/0.</summary>
    public bool? Boolean(string name) => String(name)?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "1" => true,
        "false" or "0" => false,
        var other => throw StripeErrors.InvalidBoolean(name, other),
    };

    /// <summary>A hash one level deep, e.g. <c>metadata[...]</c>. Empty values are kept (they unset keys).</summary>
    public IReadOnlyDictionary<string, string> Hash(string name)
    {
        var prefix = name + "[";
        return _values
            .Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && p.Key.EndsWith(']')
                        && p.Key.IndexOf('[', prefix.Length) < 0)
            .ToDictionary(p => p.Key[prefix.Length..^1], p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>A list of strings, e.g. <c>expand[0]=latest_charge</c>; a single plain value counts as one item.</summary>
    public IReadOnlyList<string> List(string name)
    {
        if (String(name) is { } single)
        {
            return [single];
        }
        return Hash(name)
            .Where(p => int.TryParse(p.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .OrderBy(p => int.Parse(p.Key, CultureInfo.InvariantCulture))
            .Where(p => p.Value.Length > 0)
            .Select(p => p.Value)
            .ToList();
    }

    private static string NumberListItems(string key, Dictionary<string, int> nextIndex)
    {
        // a[] -> a[0], a[1], ...; b[c][] -> b[c][0], ...
        var match = EmptyBrackets().Match(key);
        if (!match.Success)
        {
            return key;
        }
        var head = key[..match.Index];
        var index = nextIndex.GetValueOrDefault(head);
        nextIndex[head] = index + 1;
        return NumberListItems($"{head}[{index}]{key[(match.Index + 2)..]}", nextIndex);
    }

    [GeneratedRegex(@"\[\]")]
    private static partial Regex EmptyBrackets();
}
