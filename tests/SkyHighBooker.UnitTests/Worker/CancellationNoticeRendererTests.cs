using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

public class CancellationNoticeRendererTests
{
    private readonly CancellationNoticeRenderer renderer = new();

    [Fact]
    public void The_notice_says_the_booking_was_cancelled_and_shows_flight_and_passengers()
    {
        var booking = SampleBookings.Cancelled();

        var pdf = renderer.Render(booking);

        var text = PdfInspection.Text(pdf);
        Assert.Contains("cancelled", text, StringComparison.Ordinal);
        PdfInspection.ContainsText(pdf, "Booking ABC123 has been cancelled", "SH834", "YUL", "FRA");
        foreach (var passenger in booking.Passengers) PdfInspection.ContainsText(pdf, passenger.Name, passenger.Seat);
    }

    [Fact]
    public void A_refunded_payment_shows_the_refunded_amount()
    {
        var pdf = renderer.Render(SampleBookings.Cancelled());

        PdfInspection.ContainsText(pdf, "REFUND AMOUNT", "3,257.75 EUR", "Refunded", "pi_3QxZk2LmN8pQrStU1vWxYz9A");
    }

    [Fact]
    public void A_completed_payment_shows_the_refund_as_pending()
    {
        var pdf = renderer.Render(SampleBookings.Paid() with { Status = "cancelled" });

        PdfInspection.ContainsText(pdf, "Refund pending", "3,257.75 EUR");
    }

    [Fact]
    public void A_payment_being_refunded_shows_the_refund_as_pending_not_as_no_charge()
    {
        var booking = SampleBookings.Paid() with { Status = "cancelled" };
        var pdf = renderer.Render(booking with { Payment = booking.Payment! with { Status = "refunding" } });

        PdfInspection.ContainsText(pdf, "Refund pending", "3,257.75 EUR");
    }

    [Fact]
    public void Without_a_payment_there_is_nothing_to_refund()
    {
        var pdf = renderer.Render(SampleBookings.Unpaid() with { Status = "cancelled" });

        PdfInspection.ContainsText(pdf, "cancelled", "nothing to refund");
    }

    [Fact]
    public void A_full_booking_lists_all_nine_passengers()
    {
        var booking = SampleBookings.Full() with { Status = "cancelled" };

        var pdf = renderer.Render(booking);

        foreach (var passenger in booking.Passengers) PdfInspection.ContainsText(pdf, passenger.Name);
    }
}
