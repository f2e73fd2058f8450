using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Itineraries;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Whether a booking's legs make one trip: each leaves from the airport the one before landed at, no sooner than that
/// airport's minimum connecting time (<see cref="ConnectionRules"/>, as itinerary search applies it). A wait longer
/// than a connection's longest layover is a stay, allowed once: the turn of a round trip, whose return ends where the
/// trip began. Each direction is judged domestic or international by its own origin and destination, as a search for
/// it would, so whatever the search offers can be booked.
/// </summary>
public static class SegmentConnections
{
    public static Dictionary<string, string[]> Check(IReadOnlyList<ValidLeg> legs, IReadOnlyDictionary<string, Airport> airports, ConnectionRules rules)
    {
        var errors = new Dictionary<string, string[]>();
        var stays = new List<int>();
        for (var k = 1; k < legs.Count; k++)
        {
            var (before, next) = (legs[k - 1].Flight, legs[k].Flight);
            if (Code(next.FromAirport) != Code(before.ToAirport))
                errors[legs[k].Request.FlightField] = [$"Segment {k + 1} leaves from {Code(next.FromAirport)}, but segment {k} lands at {Code(before.ToAirport)}."];
            else if (next.DepartureTime - before.ArrivalTime > TimeSpan.FromMinutes(rules.MaximumLayoverMinutes)) stays.Add(k);
        }
        if (errors.Count > 0) return errors;

        if (stays.Count > 1)
            errors[legs[stays[1]].Request.FlightField] = [$"Segment {stays[1] + 1} leaves more than {rules.MaximumLayoverMinutes / 60} hours after segment {stays[1]} lands: only one stay, a round trip's, is booked at once."];
        else if (stays.Count == 1 && Code(legs[^1].Flight.ToAirport) != Code(legs[0].Flight.FromAirport))
            errors[legs[stays[0]].Request.FlightField] = [$"Segment {stays[0] + 1} leaves more than {rules.MaximumLayoverMinutes / 60} hours after segment {stays[0]} lands, longer than a connection: only a round trip's return, back to {Code(legs[0].Flight.FromAirport)}, may leave later."];
        if (errors.Count > 0) return errors;

        IReadOnlyList<ValidLeg>[] directions = stays.Count == 0 ? [legs] : [[.. legs.Take(stays[0])], [.. legs.Skip(stays[0])]];
        foreach (var direction in directions)
        {
            var origin = airports[Code(direction[0].Flight.FromAirport)];
            var destination = airports[Code(direction[^1].Flight.ToAirport)];
            for (var k = 1; k < direction.Count; k++)
            {
                var (before, next) = (direction[k - 1].Flight, direction[k].Flight);
                var hub = airports[Code(before.ToAirport)];
                var minimum = rules.MinimumMinutesAt(hub, origin, destination);
                var waited = (next.DepartureTime - before.ArrivalTime).TotalMinutes;
                if (waited < minimum)
                {
                    var position = direction[k].Position;
                    errors[direction[k].Request.FlightField] = [waited < 0
                        ? $"Segment {position} leaves {hub.Code} before segment {position - 1} lands there."
                        : $"Segment {position} leaves {hub.Code} {waited:0} minutes after segment {position - 1} lands; the minimum connecting time there is {minimum} minutes."];
                }
            }
        }
        return errors;
    }

    private static string Code(string airport) => airport.Trim();
}
