using System.Globalization;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// What the receipt and confirmation show of a booking's flights: for one flight, as they always have; for a
/// connection or round trip, every flight in order and a line per passenger per flight.
/// </summary>
internal static class LegBlocks
{
    /// <summary>One line per passenger per flight: which flight, who, seat, cabin and fare.</summary>
    public static void SeatTable(DocumentCanvas canvas, DocumentBooking booking, bool withEmail) => DocumentBlocks.Table(canvas,
    [
        new TableColumn<LegSeat>("Flight", 2.2, s => s.Leg.Flight.FlightNumber, Bold: true, Detail: s => $"{s.Leg.Flight.FromCode} → {s.Leg.Flight.ToCode}"),
        new TableColumn<LegSeat>("#", 0.6, s => s.Passenger.Position.ToString(CultureInfo.InvariantCulture)),
        new TableColumn<LegSeat>("Passenger", 4.0, s => s.Passenger.Name, Bold: true, Detail: withEmail ? s => s.Passenger.Email : null),
        new TableColumn<LegSeat>("Seat", 1.0, s => s.Seat.Seat, Mono: true),
        new TableColumn<LegSeat>("Cabin", 2.4, s => DocumentFormat.Cabin(s.Seat.Cabin)),
        new TableColumn<LegSeat>($"Fare ({booking.Currency.Trim().ToUpperInvariant()})", 2.2, s => DocumentFormat.Money(s.Seat.Fare, booking.Currency), TextAlign.Right),
    ], SeatsOf(booking));

    public static IReadOnlyList<LegSeat> SeatsOf(DocumentBooking booking) =>
    [
        .. from leg in booking.Legs
           from passenger in booking.Passengers.OrderBy(p => p.Position)
           let seat = leg.SeatOf(passenger)
           where seat is not null
           select new LegSeat(leg, passenger, seat),
    ];

    /// <summary>"SH101 · Sky High · Boston (BOS) → Chicago (ORD) · departs …" for each flight, numbered when there are several.</summary>
    public static IEnumerable<string> Summaries(DocumentBooking booking) => booking.Legs.Select(leg =>
        (booking.Legs.Count == 1 ? "" : $"{leg.Position}. ") +
        $"{leg.Flight.FlightNumber} · {leg.Flight.Airline} · {leg.Flight.FromCity} ({leg.Flight.FromCode}) → {leg.Flight.ToCity} ({leg.Flight.ToCode}) · " +
        $"departs {DocumentFormat.LongDate(leg.Flight.DepartureLocal)} at {DocumentFormat.Time(leg.Flight.DepartureLocal)} local time");

    internal sealed record LegSeat(DocumentSegment Leg, DocumentPassenger Passenger, DocumentSeat Seat);
}
