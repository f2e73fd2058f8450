namespace SkyHighBooker.Api.Flights;

/// <summary>A departure date sent by a client: required, and bookable today or later on the origin's clock.</summary>
public static class DepartureDateField
{
    public static DateOnly Read(DateOnly? date, string field, Airport? origin, DateTimeOffset now, Action<string, string> fail)
    {
        if (date is not { } day)
        {
            fail(field, "Departure date is required (yyyy-MM-dd).");
            return default;
        }
        if (origin is null) return day;
        var localToday = LocalToday(origin, now);
        if (day < localToday) fail(field, $"{day:yyyy-MM-dd} is in the past at {origin.Code} (today there is {localToday:yyyy-MM-dd}).");
        else if (day > LastBookableDay(origin, now))
            fail(field, $"Flights can be searched up to {FlightSearchQuery.BookableDaysAhead} days ahead.");
        return day;
    }

    public static DateOnly LocalToday(Airport origin, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, AirportDirectory.ZoneOf(origin)).DateTime);

    public static DateOnly LastBookableDay(Airport origin, DateTimeOffset now) =>
        LocalToday(origin, now).AddDays(FlightSearchQuery.BookableDaysAhead);
}
