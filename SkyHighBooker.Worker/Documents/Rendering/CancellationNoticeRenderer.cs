namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>The notice that a booking was cancelled: the flight, the passengers whose seats were released, and the refund.</summary>
public sealed class CancellationNoticeRenderer
{
    public byte[] Render(DocumentBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        const string title = "Cancellation notice";
        var flight = booking.Flight;
        using var canvas = DocumentCanvas.Create($"cancellation-notice/{booking.BookingId}", $"Cancellation notice {booking.Reference}",
            $"Booking {booking.Reference} was cancelled", booking.CreatedAt,
            $"Sky High Booker · Cancellation notice · Booking {booking.Reference}", c => DocumentBlocks.ContinuationBanner(c, title));
        DocumentBlocks.Banner(canvas, title, $"Booking reference {booking.Reference}");

        DocumentBlocks.Callout(canvas, $"Booking {booking.Reference} has been cancelled",
            $"Your booking {booking.Reference} for flight {flight.FlightNumber} from {flight.FromCity} ({flight.FromCode}) to " +
            $"{flight.ToCity} ({flight.ToCode}) on {DocumentFormat.LongDate(flight.DepartureLocal)} was cancelled. " +
            "The seats listed below have been released and the boarding passes issued for them are no longer valid.",
            DocumentTheme.Danger, DocumentTheme.DangerTint);

        DocumentBlocks.SectionTitle(canvas, "Cancelled flight");
        DocumentBlocks.FlightPanel(canvas, flight, muted: true);

        DocumentBlocks.SectionTitle(canvas, "Passengers");
        DocumentBlocks.PassengerTable(canvas, booking);

        DocumentBlocks.SectionTitle(canvas, "Refund");
        if (booking.Payment is { } payment)
        {
            var (amount, status, note) = Refund(payment);
            DocumentBlocks.Fields(canvas,
            [
                ("Refund amount", DocumentFormat.Money(amount, payment.Currency)),
                ("Refund status", status),
                ("Original payment", $"{DocumentFormat.Money(payment.Amount, payment.Currency)} by {DocumentFormat.Status(payment.Method)}"),
                ("Paid on", DocumentFormat.Timestamp(payment.PaidAt)),
                ("Payment status", DocumentFormat.Status(payment.Status)),
                ("Transaction ID", string.IsNullOrWhiteSpace(payment.TransactionId) ? "—" : payment.TransactionId),
            ], columns: 2);
            DocumentBlocks.Paragraph(canvas, note, 9);
        }
        else
        {
            DocumentBlocks.Paragraph(canvas, "No payment was taken for this booking, so there is nothing to refund.", 9.5);
        }

        canvas.Y += 6;
        DocumentBlocks.Paragraph(canvas,
            $"Questions about this cancellation? Contact Sky High Booker and quote booking reference {booking.Reference}.", 8, DocumentTheme.Muted);
        return canvas.ToPdf();
    }

    private static (decimal Amount, string Status, string Note) Refund(DocumentPayment payment) => payment.Status.Trim().ToLowerInvariant() switch
    {
        "refunded" => (payment.Amount, "Refunded",
            $"{DocumentFormat.Money(payment.Amount, payment.Currency)} has been refunded to the original payment method."),
        "refunding" or "completed" or "paid" or "succeeded" => (payment.Amount, "Refund pending",
            $"A refund of {DocumentFormat.Money(payment.Amount, payment.Currency)} to the original payment method is being processed."),
        _ => (0m, "No charge taken", "The payment for this booking was not completed, so no money was taken and nothing is refunded."),
    };
}
