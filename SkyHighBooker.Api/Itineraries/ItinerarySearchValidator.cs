using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>Turns the typed query into an <see cref="ItinerarySearchQuery"/>, or into errors keyed by query parameter name.</summary>
public static class ItinerarySearchValidator
{
    public static (ItinerarySearchQuery? Query, Dictionary<string, string[]> Errors) Validate(
        ItinerarySearchParameters p, IReadOnlyDictionary<string, Airport> airports, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var from = AirportField.Read(p.From, "from", airports, Fail);
        var to = AirportField.Read(p.To, "to", airports, Fail);
        if (from is not null && from == to) Fail("to", "Destination must differ from origin.");
        var date = DepartureDateField.Read(p.Date, "date", from, now, Fail);
        var passengers = FlightSearchValidator.IntegerInRange(p.Passengers, "passengers", 1, 1, FlightSearchQuery.MaxPassengers, Fail);
        var maxStops = FlightSearchValidator.IntegerInRange(p.MaxStops, "maxStops", ItinerarySearchQuery.DefaultMaxStops, 0, ItinerarySearchQuery.MostStops, Fail);

        if (errors.Count > 0) return (null, errors);
        return (new ItinerarySearchQuery(from!, to!, date, passengers, maxStops, p.Sort ?? ItinerarySort.Price), errors);
    }
}
