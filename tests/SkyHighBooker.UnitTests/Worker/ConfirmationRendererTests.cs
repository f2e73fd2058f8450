using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

public class ConfirmationRendererTests
{
    private readonly ConfirmationRenderer renderer = new();

    [Fact]
    public void The_confirmation_summarises_reference_status_flight_passengers_and_total()
    {
        var booking = SampleBookings.Paid();

        var pdf = renderer.Render(booking);

        PdfInspection.ContainsText(pdf, "Booking confirmation", "ABC123", "CONFIRMED", "SH834", "Sky High Airways", "YUL", "FRA",
            "Montréal", "Frankfurt am Main", "18:35", "08:40", "Airbus A330-300", "7h 05m", "3,257.75 EUR");
        foreach (var passenger in booking.Passengers) PdfInspection.ContainsText(pdf, passenger.Name, passenger.Seat, passenger.Email);
    }

    [Fact]
    public void All_nine_passengers_of_a_full_booking_are_listed_including_a_very_long_name()
    {
        var booking = SampleBookings.Full();

        var pdf = renderer.Render(booking);

        foreach (var passenger in booking.Passengers) PdfInspection.ContainsText(pdf, passenger.Name, passenger.Seat);
        PdfInspection.ContainsText(pdf, SampleBookings.LongName, "7,012.75 EUR");
    }

    [Fact]
    public void An_unpaid_booking_says_no_payment_is_recorded()
    {
        var pdf = renderer.Render(SampleBookings.Unpaid());

        PdfInspection.ContainsText(pdf, "PENDING PAYMENT", "No payment has been recorded");
    }
}
