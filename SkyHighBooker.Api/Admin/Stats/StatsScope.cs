namespace SkyHighBooker.Api.Admin.Stats;

/// <summary>
/// A validated <see cref="AdminStatsFilter"/>: the days <see cref="Start"/> to <see cref="End"/>, both included, as UTC
/// days (midnight to midnight UTC), and the route, an empty code meaning any airport.
/// </summary>
public sealed record StatsScope(DateOnly Start, DateOnly End, string From, string To)
{
    public DateTimeOffset StartInstant => StartOf(Start);

    /// <summary>The first instant after the last day.</summary>
    public DateTimeOffset EndInstant => StartOf(End.AddDays(1));

    /// <summary>A condition on the flights table under <paramref name="alias"/>: the flight flies the route.</summary>
    public FormattableString FliesRoute(string alias)
    {
        var flight = new SqlFragment(alias);
        return $"({From} = '' OR {flight}.from_airport = {From}) AND ({To} = '' OR {flight}.to_airport = {To})";
    }

    /// <summary>Every day of the scope, for an aggregate to be joined to, so a day with nothing on it answers 0.</summary>
    public FormattableString Days => $"SELECT day::date AS day FROM generate_series({Start}::date, {End}::date, interval '1 day') AS day";

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
