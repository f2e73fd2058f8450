using SkyHighBooker.Api.Flights;
using SkyHighBooker.RouteMaps;

namespace SkyHighBooker.Api.Infrastructure.Seeding;

/// <summary>
/// A deterministic timetable between the catalog's airports: every slot flies daily at the same local time,
/// and each day's fares and loads come from a seed derived from the flight number and date.
/// </summary>
internal static class FlightSchedule
{
    private sealed record Slot(
        AirportCatalog.Entry From, AirportCatalog.Entry To, AirlineCatalog.Airline Airline, string FlightNumber,
        int LocalDepartureMinute, int DurationMinutes, AircraftCatalog.AircraftType Aircraft, decimal BaseFare);

    private static readonly Lazy<IReadOnlyList<Slot>> Slots = new(BuildSlots);

    public static int FlightsPerDay => Slots.Value.Count;

    public static IEnumerable<Flight> FlightsOn(DateOnly day)
    {
        foreach (var slot in Slots.Value)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(slot.From.Airport.TimeZone);
            var localDeparture = day.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(slot.LocalDepartureMinute)));
            var departure = new DateTimeOffset(localDeparture, zone.GetUtcOffset(localDeparture)).ToUniversalTime();
            var random = new Random(StableHash.Of(slot.FlightNumber, day.DayNumber));

            yield return new Flight
            {
                Id = DeterministicId(slot.FlightNumber, day),
                FlightNumber = slot.FlightNumber,
                Airline = slot.Airline.Name,
                FromAirport = slot.From.Airport.Code,
                ToAirport = slot.To.Airport.Code,
                DepartureTime = departure,
                DepartureDate = day,
                ArrivalTime = departure.AddMinutes(slot.DurationMinutes),
                DurationMinutes = slot.DurationMinutes,
                Aircraft = slot.Aircraft.Name,
                Price = DailyFare(slot.BaseFare, day, random),
                TotalSeats = slot.Aircraft.Seats,
                AvailableSeats = SeatsLeft(slot.Aircraft.Seats, random),
            };
        }
    }

    private static IReadOnlyList<Slot> BuildSlots()
    {
        var slots = new List<Slot>();
        var nextNumberByAirline = new Dictionary<string, int>();
        foreach (var from in AirportCatalog.All)
        {
            foreach (var to in AirportCatalog.All)
            {
                if (from.Airport.City == to.Airport.City) continue;

                var distance = GreatCircle.DistanceKm(from.Airport.Location, to.Airport.Location);
                var dailyFlights = DailyFrequency(from.HubSize + to.HubSize, distance);
                var routeHash = StableHash.Of(from.Airport.Code, to.Airport.Code);
                for (var slot = 0; slot < dailyFlights; slot++)
                {
                    var airline = AirlineCatalog.For(from.Airport.Country, routeHash, slot);
                    var number = nextNumberByAirline.GetValueOrDefault(airline.Code, 100 + routeHash % 50);
                    nextNumberByAirline[airline.Code] = number + 1 + routeHash % 3;
                    slots.Add(new Slot(from, to, airline, $"{airline.Code}{number}",
                        DepartureMinute(slot, dailyFlights, routeHash),
                        DurationMinutes(distance),
                        AircraftCatalog.For(distance, from.HubSize + to.HubSize, routeHash + slot),
                        BaseFare(distance) * airline.PriceFactor));
                }
            }
        }
        return slots;
    }

    // Busy hubs get several flights a day; long-haul needs two big hubs to be flown at all.
    private static int DailyFrequency(int hubSizeSum, double distanceKm) => distanceKm switch
    {
        < 2500 => Math.Max(0, hubSizeSum - 6),
        < 6000 => Math.Max(0, hubSizeSum - 7),
        _ => Math.Max(0, hubSizeSum - 8),
    };

    // Spread the day's departures between 06:00 and 22:00 local, on five-minute marks.
    private static int DepartureMinute(int slot, int dailyFlights, int routeHash)
    {
        var spacing = 16 * 60 / dailyFlights;
        var minute = 6 * 60 + slot * spacing + routeHash % Math.Max(1, spacing);
        return minute / 5 * 5;
    }

    private static int DurationMinutes(double distanceKm) => (int)Math.Round((distanceKm / 820 * 60 + 35) / 5) * 5;

    private static decimal BaseFare(double distanceKm) => 49m + (decimal)(Math.Pow(distanceKm, 0.85) * 0.32);

    private static decimal DailyFare(decimal baseFare, DateOnly day, Random random)
    {
        var weekdayFactor = day.DayOfWeek switch
        {
            DayOfWeek.Friday or DayOfWeek.Sunday => 1.15m,
            DayOfWeek.Tuesday or DayOfWeek.Wednesday => 0.90m,
            _ => 1.0m
        };
        var demand = 0.85m + (decimal)random.NextDouble() * 0.45m;
        return Math.Max(29m, Math.Round(baseFare * weekdayFactor * demand, 0)) - 0.01m;
    }

    // Mostly part-sold flights; a few nearly full or sold out, so the passenger filter matters.
    private static int SeatsLeft(int totalSeats, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.03) return 0;
        if (roll < 0.10) return random.Next(1, 6);
        return (int)(totalSeats * (0.05 + random.NextDouble() * 0.8));
    }

    // Name-based (version 5 style) so the same flight has the same id on every machine.
    private static Guid DeterministicId(string flightNumber, DateOnly day)
    {
        var hash = System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes($"flight|{flightNumber}|{day:yyyy-MM-dd}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
