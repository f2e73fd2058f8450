namespace SkyHighBooker.Api.Flights;

/// <summary>Turns the typed query into a <see cref="FlightSearchQuery"/>, or into errors keyed by query parameter name.</summary>
public static class FlightSearchValidator
{
    public static (FlightSearchQuery? Query, Dictionary<string, string[]> Errors) Validate(
        FlightSearchParameters p, IReadOnlyDictionary<string, Airport> airports, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var from = AirportField.Read(p.From, "from", airports, Fail);
        var to = AirportField.Read(p.To, "to", airports, Fail);
        if (from is not null && from == to) Fail("to", "Destination must differ from origin.");

        var date = DepartureDateField.Read(p.Date, "date", from, now, Fail);

        var passengers = IntegerInRange(p.Passengers, "passengers", 1, 1, FlightSearchQuery.MaxPassengers, Fail);
        var page = IntegerInRange(p.Page, "page", 1, 1, int.MaxValue / FlightSearchQuery.MaxPageSize, Fail);
        var pageSize = IntegerInRange(p.PageSize, "pageSize", FlightSearchQuery.DefaultPageSize, 1, FlightSearchQuery.MaxPageSize, Fail);
        var sort = p.Sort ?? FlightSort.Departure;

        var maxPrice = p.MaxPrice;
        if (maxPrice is not (null or > 0 and < 100_000_000m)) Fail("maxPrice", "Max price must be a positive number.");

        var airline = p.Airline?.Trim();
        if (airline is { Length: > 100 }) Fail("airline", "Airline must be at most 100 characters.");

        var (departAfter, departBefore) = (p.DepartAfter, p.DepartBefore);
        if (departAfter > departBefore) Fail("departBefore", "The departure window must end after it starts.");

        if (errors.Count > 0) return (null, errors);
        return (new FlightSearchQuery(from!, to!, date, passengers, sort, string.IsNullOrEmpty(airline) ? null : airline,
            maxPrice, departAfter, departBefore, page, pageSize), errors);
    }

    internal static int IntegerInRange(int? value, string field, int fallback, int min, int max, Action<string, string> fail)
    {
        if (value is null) return fallback;
        if (value >= min && value <= max) return value.Value;
        fail(field, max == int.MaxValue / FlightSearchQuery.MaxPageSize
            ? $"{field} must be a whole number of at least {min}."
            : $"{field} must be a whole number from {min} to {max}.");
        return fallback;
    }
}
