namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// The booking confirmation: reference and status, every flight with its route map, every passenger with seat and fare
/// (on each flight, when there are several), the total and payment.
/// </summary>
public sealed class ConfirmationRenderer
{
    public byte[] Render(DocumentBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        const string title = "Booking confirmation";
        using var canvas = DocumentCanvas.Create($"confirmation/{booking.BookingId}", $"Booking confirmation {booking.Reference}",
            $"Confirmation of booking {booking.Reference}, flight{(booking.Legs.Count == 1 ? "" : "s")} {string.Join(", ", booking.Legs.Select(l => l.Flight.FlightNumber))}", booking.CreatedAt,
            $"Sky High Booker · Booking confirmation · Booking {booking.Reference}", c => DocumentBlocks.ContinuationBanner(c, title));
        DocumentBlocks.Banner(canvas, title, $"Booking reference {booking.Reference}");

        DocumentBlocks.Label(canvas, "Booking reference", canvas.Left, canvas.Y);
        var referenceFont = canvas.Font(26, bold: true, mono: true);
        canvas.Text(booking.Reference, referenceFont, DocumentTheme.BrandDark, canvas.Left, canvas.Y + 11);
        DocumentBlocks.StatusBadge(canvas, booking.Status, canvas.Left + canvas.Measure(booking.Reference, referenceFont) + 14, canvas.Y + 20);
        DocumentBlocks.Label(canvas, "Booked on", canvas.Right, canvas.Y, TextAlign.Right);
        canvas.Text(DocumentFormat.Timestamp(booking.CreatedAt), canvas.Font(9.5), DocumentTheme.Ink, canvas.Right, canvas.Y + 11, TextAlign.Right);
        DocumentBlocks.Label(canvas, "Passengers", canvas.Right, canvas.Y + 28, TextAlign.Right);
        canvas.Text(booking.Passengers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), canvas.Font(9.5), DocumentTheme.Ink,
            canvas.Right, canvas.Y + 39, TextAlign.Right);
        canvas.Y += 62;

        var legs = booking.Legs;
        foreach (var leg in legs)
        {
            DocumentBlocks.SectionTitle(canvas, legs.Count == 1 ? "Flight" : $"Flight {leg.Position} of {legs.Count}");
            DocumentBlocks.FlightPanel(canvas, leg.Flight);
            DocumentBlocks.RouteMapPanel(canvas, leg.Flight);
        }

        DocumentBlocks.SectionTitle(canvas, "Passengers");
        if (legs.Count == 1) DocumentBlocks.PassengerTable(canvas, booking);
        else LegBlocks.SeatTable(canvas, booking, withEmail: true);
        DocumentBlocks.Totals(canvas, [("Total", DocumentFormat.Money(booking.TotalAmount, booking.Currency), true)]);

        DocumentBlocks.SectionTitle(canvas, "Payment");
        if (booking.Payment is { } payment)
        {
            DocumentBlocks.Fields(canvas,
            [
                ("Amount", DocumentFormat.Money(payment.Amount, payment.Currency)),
                ("Method", DocumentFormat.Status(payment.Method)),
                ("Status", DocumentFormat.Status(payment.Status)),
                ("Date", DocumentFormat.Timestamp(payment.PaidAt)),
            ], columns: 4);
        }
        else
        {
            DocumentBlocks.Paragraph(canvas, $"No payment has been recorded for this booking yet. The total due is {DocumentFormat.Money(booking.TotalAmount, booking.Currency)}.", 9.5);
        }

        DocumentBlocks.SectionTitle(canvas, "Good to know");
        DocumentBlocks.Bullets(canvas,
        [
            "All times are local to the airport they refer to.",
            "Each passenger receives a boarding pass with a QR code; have it ready with a valid photo ID at security and at the gate.",
            $"Quote booking reference {booking.Reference} whenever you contact us about this trip.",
        ]);
        return canvas.ToPdf();
    }
}
