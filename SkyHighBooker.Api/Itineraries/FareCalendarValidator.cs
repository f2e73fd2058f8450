using System.Globalization;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>Turns the typed query into a <see cref="FareCalendarQuery"/>, or into errors keyed by query parameter name.</summary>
public static class FareCalendarValidator
{
    public static (FareCalendarQuery? Query, Dictionary<string, string[]> Errors) Validate(
        FareCalendarParameters p, IReadOnlyDictionary<string, Airport> airports, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var from = AirportField.Read(p.From, "from", airports, Fail);
        var to = AirportField.Read(p.To, "to", airports, Fail);
        if (from is not null && from == to) Fail("to", "Destination must differ from origin.");
        var passengers = FlightSearchValidator.IntegerInRange(p.Passengers, "passengers", 1, 1, FlightSearchQuery.MaxPassengers, Fail);

        DateOnly month = default, firstDay = default, lastDay = default;
        if (string.IsNullOrWhiteSpace(p.Month)) Fail("month", "Month is required (yyyy-MM).");
        else if (!DateOnly.TryParseExact(p.Month.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
            Fail("month", $"'{p.Month.Trim()}' is not a month in the form yyyy-MM.");
        else if (from is not null)
        {
            var today = DepartureDateField.LocalToday(from, now);
            var lastBookable = DepartureDateField.LastBookableDay(from, now);
            firstDay = month < today ? today : month;
            lastDay = month.AddMonths(1).AddDays(-1) is var monthEnd && monthEnd > lastBookable ? lastBookable : monthEnd;
            if (firstDay > lastDay)
                Fail("month", month < today
                    ? $"{month:yyyy-MM} is over at {from.Code} (today there is {today:yyyy-MM-dd})."
                    : $"Fares can be searched up to {FlightSearchQuery.BookableDaysAhead} days ahead.");
        }

        if (errors.Count > 0) return (null, errors);
        return (new FareCalendarQuery(from!, to!, month, firstDay, lastDay, passengers), errors);
    }
}
