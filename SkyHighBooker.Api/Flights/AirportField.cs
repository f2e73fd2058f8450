namespace SkyHighBooker.Api.Flights;

/// <summary>An airport code sent by a client: required, and one the system knows.</summary>
public static class AirportField
{
    public static Airport? Read(string? code, string field, IReadOnlyDictionary<string, Airport> airports, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            fail(field, "An airport code is required.");
            return null;
        }
        var airport = airports.GetValueOrDefault(code.Trim());
        if (airport is null) fail(field, $"Unknown airport '{code.Trim()}'.");
        return airport;
    }
}
