using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// One leg as the request asked for it, whichever shape it had: the flight and each passenger's seat (normalized,
/// in the passengers' order), with the request's field names for them, so a refusal names what the client sent.
/// </summary>
public sealed record RequestedLeg(int Position, Guid FlightId, IReadOnlyList<string> Seats, string FlightField, IReadOnlyList<string> SeatFields)
{
    /// <summary>The request had the one-flight shape (<c>flightId</c>, a seat per passenger), not <c>segments</c>.</summary>
    public bool IsOneFlightShape => FlightField == "flightId";

    /// <summary>How a refusal names this leg to a traveller, e.g. "flight SH123 BOS→ORD (segment 2)".</summary>
    public string Describe(Flight flight) =>
        $"flight {flight.FlightNumber} {flight.FromAirport.Trim()}→{flight.ToAirport.Trim()}{(IsOneFlightShape ? "" : $" (segment {Position})")}";
}

public sealed record ValidPassenger(int Position, string Name, string Email);

/// <summary>A passenger's seat on one leg and its fare (the flight's price for the seat's cabin).</summary>
public sealed record ValidSeat(int PassengerPosition, Seat Seat, decimal Fare);

public sealed record ValidLeg(RequestedLeg Request, Flight Flight, IReadOnlyList<ValidSeat> Seats)
{
    public int Position => Request.Position;
}

/// <summary>A booking that passed every check: its passengers, and its legs in the order flown with every seat priced.</summary>
public sealed record ValidBooking(IReadOnlyList<ValidPassenger> Passengers, IReadOnlyList<ValidLeg> Legs)
{
    public decimal TotalAmount => Legs.Sum(l => l.Seats.Sum(s => s.Fare));

    /// <summary>What one passenger's seats cost, all legs together.</summary>
    public decimal FareOf(ValidPassenger passenger) => Legs.Sum(l => SeatOf(passenger, l).Fare);

    public ValidSeat SeatOf(ValidPassenger passenger, ValidLeg leg) => leg.Seats.Single(s => s.PassengerPosition == passenger.Position);
}
