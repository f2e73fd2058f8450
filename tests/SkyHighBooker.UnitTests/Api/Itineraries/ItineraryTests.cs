using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Itineraries;

namespace SkyHighBooker.UnitTests.Api.Itineraries;

public sealed class ItineraryTests
{
    private static FlightSummary Leg(string from, string to, string departs, string arrives, decimal price, int seats) =>
        new(Guid.NewGuid(), "SH1", "Sky High Air", from, to, DateTimeOffset.Parse(departs), DateTimeOffset.Parse(arrives),
            (int)(DateTimeOffset.Parse(arrives) - DateTimeOffset.Parse(departs)).TotalMinutes, "A321", price, "USD", seats, 180, "scheduled");

    [Fact]
    public void Layovers_and_total_time_are_real_elapsed_minutes_whatever_the_airports_clocks_show()
    {
        var itinerary = Itinerary.Of([
            Leg("BOS", "DEN", "2027-06-01T10:00:00-04:00", "2027-06-01T10:30:00-06:00", 120m, 40),
            Leg("DEN", "SFO", "2027-06-01T11:30:00-06:00", "2027-06-01T13:00:00-07:00", 95.5m, 3),
        ]);

        Assert.Equal([new Layover("DEN", 60)], itinerary.Layovers);
        Assert.Equal(1, itinerary.Stops);
        Assert.Equal(150 + 60 + 150, itinerary.TotalMinutes);
        Assert.Equal(215.5m, itinerary.Price);
        Assert.Equal(3, itinerary.AvailableSeats);
        Assert.Equal(TimeSpan.FromHours(-4), itinerary.DepartureTime.Offset);
        Assert.Equal(TimeSpan.FromHours(-7), itinerary.ArrivalTime.Offset);
    }

    [Fact]
    public void A_direct_flight_is_an_itinerary_without_stops_or_layovers()
    {
        var flight = Leg("BOS", "SFO", "2027-06-01T08:00:00-04:00", "2027-06-01T11:20:00-07:00", 300m, 9);

        var itinerary = Itinerary.Of([flight]);

        Assert.Equal((0, 0, flight.DurationMinutes, flight.Price), (itinerary.Stops, itinerary.Layovers.Count, itinerary.TotalMinutes, itinerary.Price));
    }
}
