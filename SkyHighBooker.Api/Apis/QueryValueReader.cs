using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// The Api's one reading of a query value of each type, as strict as the OpenAPI document says (a date is yyyy-MM-dd,
/// a sort one of its names). It answers the value in the invariant form minimal APIs' binder reads, or why it is malformed.
/// </summary>
public static class QueryValueReader
{
    public delegate bool Reader(string text, string field, out string canonical, out string error);

    /// <summary>The reader for a property of <paramref name="type"/>, or null when any text is a valid value.</summary>
    public static Reader? For(Type type, ICustomAttributeProvider attributes)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return attributes.GetCustomAttributes(typeof(AllowedValuesFromAttribute), true) is [AllowedValuesFromAttribute allowed, ..]
                ? OneOf(allowed.Values.ToDictionary(v => v, v => v, StringComparer.OrdinalIgnoreCase))
                : null;
        if (type == typeof(int)) return Parsed<int>(int.TryParse, NumberStyles.Integer, field => $"{field} must be a whole number.");
        if (type == typeof(decimal)) return Parsed<decimal>(decimal.TryParse, NumberStyles.Number, field => $"{field} must be a number.");
        if (type == typeof(Guid))
            return (string text, string field, out string canonical, out string error) =>
                Outcome(Guid.TryParse(text, out var id), id.ToString("D"), $"'{text}' is not an id.", out canonical, out error);
        if (type == typeof(DateOnly))
            return (string text, string field, out string canonical, out string error) =>
                Outcome(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date),
                    date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"'{text}' is not a date in the form yyyy-MM-dd.", out canonical, out error);
        if (type == typeof(TimeOnly))
            return (string text, string field, out string canonical, out string error) =>
                Outcome(TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time),
                    time.ToString("HH:mm:ss", CultureInfo.InvariantCulture), $"'{text}' is not a time in the form HH:mm.", out canonical, out error);
        if (type.IsEnum) return OneOf(WireNames(type));
        throw new NotSupportedException($"Query parameters of type {type.Name} have no reader: add one to {nameof(QueryValueReader)}.");
    }

    /// <summary>An enum's names as JSON writes them (<see cref="JsonStringEnumMemberNameAttribute"/>), to the member name its binder reads.</summary>
    public static Dictionary<string, string> WireNames(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(
            f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name, f => f.Name, StringComparer.OrdinalIgnoreCase);

    private delegate bool TryParse<T>(string text, NumberStyles styles, IFormatProvider provider, out T value);

    private static Reader Parsed<T>(TryParse<T> parse, NumberStyles styles, Func<string, string> message) where T : IFormattable =>
        (string text, string field, out string canonical, out string error) =>
            Outcome(parse(text, styles, CultureInfo.InvariantCulture, out var value), value?.ToString(null, CultureInfo.InvariantCulture) ?? "",
                message(field), out canonical, out error);

    private static Reader OneOf(Dictionary<string, string> values) =>
        (string text, string field, out string canonical, out string error) =>
            Outcome(values.TryGetValue(text, out var known), known ?? "",
                $"Unknown {field} '{text}'. Use one of: {string.Join(", ", values.Keys)}.", out canonical, out error);

    private static bool Outcome(bool read, string value, string message, out string canonical, out string error)
    {
        (canonical, error) = read ? (value, "") : ("", message);
        return read;
    }
}
