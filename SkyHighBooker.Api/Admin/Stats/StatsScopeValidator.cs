using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Admin.Stats;

public static class StatsScopeValidator
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;

    public static (StatsScope? Scope, Dictionary<string, string[]> Errors) Validate(
        AdminStatsFilter filter, IReadOnlyDictionary<string, Airport> airports, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var end = filter.End ?? today;
        var start = filter.Start ?? end.AddDays(-(DefaultDays - 1));
        if (end < start) Fail("end", "The end must be on or after the start.");
        else if (end.DayNumber - start.DayNumber + 1 > MaxDays) Fail("end", $"At most {MaxDays} days at a time.");

        var from = Airport(filter.From, "from", airports, Fail);
        var to = Airport(filter.To, "to", airports, Fail);
        if (from.Length > 0 && from == to) Fail("to", "Destination must differ from origin.");

        return errors.Count > 0 ? (null, errors) : (new StatsScope(start, end, from, to), errors);
    }

    /// <summary>The known airport's code, "" for any; an unknown code fails the field.</summary>
    private static string Airport(string? code, string field, IReadOnlyDictionary<string, Airport> airports, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(code)) return "";
        if (airports.GetValueOrDefault(code.Trim()) is { } airport) return airport.Code;
        fail(field, $"Unknown airport '{code.Trim()}'.");
        return "";
    }
}
