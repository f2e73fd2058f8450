using System.Reflection;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// A string whose values are the public string constants of a class (e.g. <c>BookingStatus</c>), or the strings a
/// static member of it lists: the OpenAPI document lists them as an enum, and a query value outside them is a 400
/// naming its field.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class AllowedValuesFromAttribute : Attribute
{
    public AllowedValuesFromAttribute(Type constants) =>
        Values = constants.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string) && (f.IsLiteral || f.IsInitOnly))
            .Select(f => (string)f.GetValue(null)!).ToArray();

    public AllowedValuesFromAttribute(Type owner, string member) =>
        Values = [.. (IEnumerable<string>)(owner.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? owner.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)];

    public IReadOnlyList<string> Values { get; }
}
