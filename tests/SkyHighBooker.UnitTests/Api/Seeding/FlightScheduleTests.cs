using SkyHighBooker.Api.Infrastructure.Seeding;

namespace SkyHighBooker.Api.Tests.Seeding;

public sealed class FlightScheduleTests
{
    private static readonly DateOnly Day = new(2027, 3, 14);

    [Fact]
    public void The_same_day_always_generates_the_same_flights()
    {
        var first = FlightSchedule.FlightsOn(Day).Select(f => (f.Id, f.FlightNumber, f.Price, f.AvailableSeats, f.DepartureTime));
        var second = FlightSchedule.FlightsOn(Day).Select(f => (f.Id, f.FlightNumber, f.Price, f.AvailableSeats, f.DepartureTime));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_generated_flight_is_plausible()
    {
        var flights = FlightSchedule.FlightsOn(Day).ToList();
        Assert.True(flights.Count * 180 >= 100_000, $"{flights.Count} flights a day is too few for 100,000 over 180 days");
        Assert.Equal(flights.Count, flights.Select(f => f.FlightNumber).Distinct().Count());
        Assert.Equal(flights.Count, flights.Select(f => f.Id).Distinct().Count());
        Assert.All(flights, f =>
        {
            Assert.NotEqual(f.FromAirport, f.ToAirport);
            Assert.Matches("^[A-Z0-9]{2}[0-9]{1,4}$", f.FlightNumber);
            Assert.InRange(f.DurationMinutes, 30, 22 * 60); // Sydney-New York is about 20 hours
            Assert.Equal(f.DepartureTime.AddMinutes(f.DurationMinutes), f.ArrivalTime);
            Assert.InRange(f.Price, 25m, 5000m);
            Assert.Equal(f.Price, decimal.Round(f.Price, 2));
            Assert.InRange(f.AvailableSeats, 0, f.TotalSeats);
            Assert.Equal(TimeSpan.Zero, f.DepartureTime.Offset);
        });
    }

    [Fact]
    public void Departures_are_on_the_local_date_between_six_and_ten_at_night()
    {
        var zones = AirportCatalog.All.ToDictionary(a => a.Airport.Code, a => TimeZoneInfo.FindSystemTimeZoneById(a.Airport.TimeZone));
        Assert.All(FlightSchedule.FlightsOn(Day), f =>
        {
            var local = TimeZoneInfo.ConvertTime(f.DepartureTime, zones[f.FromAirport]);
            Assert.Equal(Day, DateOnly.FromDateTime(local.DateTime));
            Assert.InRange(local.Hour, 6, 22);
        });
    }

    [Fact]
    public void Longer_routes_take_longer()
    {
        var flights = FlightSchedule.FlightsOn(Day).ToList();
        var jfkLax = flights.First(f => f.FromAirport == "JFK" && f.ToAirport == "LAX").DurationMinutes;
        var jfkBos = flights.First(f => f.FromAirport == "JFK" && f.ToAirport == "BOS").DurationMinutes;
        var jfkLhr = flights.First(f => f.FromAirport == "JFK" && f.ToAirport == "LHR").DurationMinutes;
        Assert.True(jfkBos < jfkLax && jfkLax < jfkLhr, $"BOS {jfkBos}, LAX {jfkLax}, LHR {jfkLhr}");
    }
}
