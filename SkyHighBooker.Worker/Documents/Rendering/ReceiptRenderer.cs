namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// The payment receipt of a booking: who paid, every flight, a line per passenger (per passenger per flight, when there
/// are several) with seat, cabin and fare, the total and the payment.
/// </summary>
public sealed class ReceiptRenderer
{
    public byte[] Render(DocumentBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var payment = booking.Payment;
        var number = DocumentFormat.ReceiptNumber(booking);
        var lead = booking.Passengers.OrderBy(p => p.Position).FirstOrDefault();
        const string title = "Receipt";

        using var canvas = DocumentCanvas.Create($"receipt/{booking.BookingId}", $"Receipt {number}", $"Payment receipt for booking {booking.Reference}",
            payment?.PaidAt ?? booking.CreatedAt, $"Sky High Booker · Receipt {number} · Booking {booking.Reference}",
            c => DocumentBlocks.ContinuationBanner(c, title));
        DocumentBlocks.Banner(canvas, title, $"No. {number}");

        DocumentBlocks.Fields(canvas,
        [
            ("Billed to", lead is null ? "—" : $"{lead.Name}\n{lead.Email}"),
            ("Receipt number", number),
            ("Date paid", payment is null ? "Not paid" : DocumentFormat.Timestamp(payment.PaidAt)),
            ("Booking reference", booking.Reference),
            ("Booking status", DocumentFormat.Status(booking.Status)),
            ("Booked on", DocumentFormat.Timestamp(booking.CreatedAt)),
        ], columns: 3);

        var legs = booking.Legs;
        DocumentBlocks.SectionTitle(canvas, legs.Count == 1 ? "Flight" : "Flights");
        foreach (var summary in LegBlocks.Summaries(booking)) DocumentBlocks.Paragraph(canvas, summary, 9.5, DocumentTheme.Ink);
        canvas.Y += 8;

        DocumentBlocks.SectionTitle(canvas, "Passengers and fares");
        if (legs.Count > 1) LegBlocks.SeatTable(canvas, booking, withEmail: false);
        else DocumentBlocks.Table(canvas,
        [
            new TableColumn<DocumentPassenger>("#", 0.6, p => p.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new TableColumn<DocumentPassenger>("Passenger", 4.8, p => p.Name, Bold: true),
            new TableColumn<DocumentPassenger>("Seat", 1.0, p => p.Seat, Mono: true),
            new TableColumn<DocumentPassenger>("Cabin", 2.6, p => DocumentFormat.Cabin(p.Cabin)),
            new TableColumn<DocumentPassenger>($"Fare ({booking.Currency.Trim().ToUpperInvariant()})", 2.2, p => DocumentFormat.Money(p.Fare, booking.Currency), TextAlign.Right),
        ], booking.Passengers.OrderBy(p => p.Position).ToList());

        var fares = booking.Passengers.Sum(p => p.Fare);
        var lines = new List<(string, string, bool)>();
        if (fares != booking.TotalAmount)
        {
            lines.Add(($"Fares ({Count(booking.Passengers.Count)})", DocumentFormat.Money(fares, booking.Currency), false));
            lines.Add(("Taxes, fees and adjustments", DocumentFormat.Money(booking.TotalAmount - fares, booking.Currency), false));
        }
        lines.Add(($"Total ({Count(booking.Passengers.Count)})", DocumentFormat.Money(booking.TotalAmount, booking.Currency), true));
        if (payment is not null)
        {
            lines.Add(($"Paid by {DocumentFormat.Status(payment.Method)}", DocumentFormat.Money(payment.Amount, payment.Currency), false));
        }
        DocumentBlocks.Totals(canvas, lines);

        DocumentBlocks.SectionTitle(canvas, "Payment");
        if (payment is null)
        {
            DocumentBlocks.Callout(canvas, "No payment recorded",
                $"No payment has been recorded for booking {booking.Reference} yet. The total due is {DocumentFormat.Money(booking.TotalAmount, booking.Currency)}.",
                DocumentTheme.Warning, DocumentTheme.WarningTint);
        }
        else
        {
            DocumentBlocks.Fields(canvas,
            [
                ("Payment method", DocumentFormat.Status(payment.Method)),
                ("Payment status", DocumentFormat.Status(payment.Status)),
                ("Date", DocumentFormat.Timestamp(payment.PaidAt)),
                ("Amount", DocumentFormat.Money(payment.Amount, payment.Currency)),
                new Field("Transaction ID", string.IsNullOrWhiteSpace(payment.TransactionId) ? "—" : payment.TransactionId, Span: 2),
            ], columns: 3);
        }

        canvas.Y += 4;
        DocumentBlocks.Paragraph(canvas, payment is null
            ? $"This document lists the amount due for booking {booking.Reference}; it is not a proof of payment."
            : $"Thank you for booking with Sky High Booker. This receipt confirms the payment for booking {booking.Reference}; keep it for your records. " +
              "Fares are per passenger and include all taxes and charges shown.", 8, DocumentTheme.Muted);
        return canvas.ToPdf();
    }

    private static string Count(int passengers) => passengers == 1 ? "1 passenger" : $"{passengers} passengers";
}
