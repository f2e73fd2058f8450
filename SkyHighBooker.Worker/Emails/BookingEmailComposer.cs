using System.Net;
using System.Text;
using MimeKit;
using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Emails;

/// <summary>A stored document as the email carries it: attached (its bytes) or linked (a pre-signed URL).</summary>
public sealed record EmailDocument(StoredDocument Stored, byte[]? Content, string? Link);

/// <summary>
/// Writes the email of a booking: the confirmation (summary, passengers, total; the boarding passes, receipt and
/// confirmation) or the cancellation (the refund; the cancellation notice). Pure: the same booking and documents give
/// the same message, and always the same Message-Id, so a copy sent again after a crash is recognisably the same email.
/// </summary>
public static class BookingEmailComposer
{
    /// <summary>Names the email (kind and booking) in a header of its own: SES gives every message a Message-Id of its
    /// own, so this is what still marks a second copy as the same email when it went through SES.</summary>
    public const string EmailKeyHeader = "X-Booking-Email";

    public static MimeMessage Compose(string emailKind, BookingEmail email, IReadOnlyList<EmailDocument> documents, SmtpSettings settings)
    {
        var booking = email.Booking;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(email.RecipientName, email.RecipientAddress));
        message.MessageId = MessageId(emailKind, booking.BookingId, settings.FromAddress);
        message.Headers.Add(EmailKeyHeader, $"{emailKind}/{booking.BookingId}");

        var (subject, lines) = emailKind switch
        {
            EmailKind.BookingConfirmed => ($"Your booking {booking.Reference} is confirmed: {TripRoute(booking)}", ConfirmedLines(booking)),
            EmailKind.BookingCancelled => ($"Your booking {booking.Reference} is cancelled", CancelledLines(booking, email.Refund)),
            _ => throw new ArgumentOutOfRangeException(nameof(emailKind), emailKind, "no such email"),
        };
        message.Subject = subject;
        lines.AddRange(DocumentLines(documents));

        var body = new BodyBuilder
        {
            TextBody = $"Dear {email.RecipientName},\r\n\r\n" + string.Join("\r\n", lines.Select(l => l.Text)) + "\r\n\r\nSky High Booker\r\n",
            HtmlBody = Html(email.RecipientName, lines),
        };
        foreach (var document in documents.Where(d => d.Content is not null))
        {
            body.Attachments.Add(document.Stored.FileName, document.Content!, new ContentType("application", "pdf"));
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The same for every copy of one booking's email of one kind, on the sender's domain.</summary>
    public static string MessageId(string emailKind, Guid bookingId, string fromAddress) =>
        $"{emailKind}.{bookingId:N}@{fromAddress[(fromAddress.LastIndexOf('@') + 1)..]}";

    private static List<Line> ConfirmedLines(DocumentBooking booking)
    {
        var lines = new List<Line> { new($"Your booking {booking.Reference} is confirmed.") };
        foreach (var flight in booking.Legs.Select(leg => leg.Flight))
        {
            lines.Add(new(""));
            lines.Add(new($"Flight {flight.FlightNumber} ({flight.Airline}): {Route(flight)}"));
            lines.Add(new($"Departs {DocumentFormat.LongDate(flight.DepartureLocal)} at {DocumentFormat.Time(flight.DepartureLocal)} from {flight.FromCity} ({flight.FromCode}), local time"));
            lines.Add(new($"Arrives {DocumentFormat.LongDate(flight.ArrivalLocal)} at {DocumentFormat.Time(flight.ArrivalLocal)} in {flight.ToCity} ({flight.ToCode}), local time"));
        }
        lines.Add(new(""));
        lines.Add(new("Passengers:"));
        lines.AddRange(booking.Passengers.Select(p => new Line($"  {p.Name}: {SeatsOf(booking, p)}")));
        lines.Add(new(""));
        lines.Add(new($"Total paid: {DocumentFormat.Money(booking.Payment?.Amount ?? booking.TotalAmount, booking.Payment?.Currency ?? booking.Currency)}"));
        return lines;
    }

    /// <summary>"seat 12A, Economy" on one flight; on several, each flight's seat: "WN204 seat 21A, Economy; AS372 seat 7E, Economy".</summary>
    private static string SeatsOf(DocumentBooking booking, DocumentPassenger passenger) => booking.Legs.Count == 1
        ? $"seat {passenger.Seat}, {DocumentFormat.Cabin(passenger.Cabin)}"
        : string.Join("; ", booking.Legs.Select(leg => leg.SeatOf(passenger) is { } seat
            ? $"{leg.Flight.FlightNumber} seat {seat.Seat}, {DocumentFormat.Cabin(seat.Cabin)}"
            : $"{leg.Flight.FlightNumber} no seat"));

    private static List<Line> CancelledLines(DocumentBooking booking, BookingRefund refund)
    {
        var currency = booking.Payment?.Currency ?? booking.Currency;
        var flights = booking.Legs.Count == 1 ? $"flight {booking.Flight.FlightNumber}"
            : $"flights {string.Join(", ", booking.Legs.Select(leg => leg.Flight.FlightNumber))}";
        return
        [
            new($"Your booking {booking.Reference} on {flights} ({TripRoute(booking)}, {DocumentFormat.LongDate(booking.Flight.DepartureLocal)}) is cancelled, and its seats are released."),
            new(""),
            new(refund.Amount == 0 ? "No payment was taken for this booking, so there is nothing to refund."
                : refund.Made ? $"Refund: {DocumentFormat.Money(refund.Amount, currency)}, refunded to the original payment method."
                : $"Refund: {DocumentFormat.Money(refund.Amount, currency)}, on its way to the original payment method (usually 5 to 10 business days)."),
        ];
    }

    private static IEnumerable<Line> DocumentLines(IReadOnlyList<EmailDocument> documents)
    {
        if (documents.Count == 0) yield break;
        yield return new("");
        if (documents.All(d => d.Content is not null))
        {
            yield return new($"Attached: {string.Join(", ", documents.Select(d => d.Stored.FileName))}.");
            yield break;
        }
        yield return new("Your documents (the links work for a limited time; the booking page always has them):");
        foreach (var document in documents.Where(d => d.Link is not null)) yield return new($"  {document.Stored.FileName}: {document.Link}", document.Link);
    }

    private static string Route(DocumentFlight flight) => $"{flight.FromCode} → {flight.ToCode}";

    /// <summary>Every airport of the trip in order: "JFK → LAX" for one flight, "BOS → LAX → SFO" for a connection.</summary>
    private static string TripRoute(DocumentBooking booking) =>
        string.Join(" → ", [booking.Legs[0].Flight.FromCode, .. booking.Legs.Select(leg => leg.Flight.ToCode)]);

    private static string Html(string recipientName, IEnumerable<Line> lines)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.Append("<p>Dear ").Append(WebUtility.HtmlEncode(recipientName)).Append(",</p><p>");
        foreach (var line in lines)
        {
            if (line.Text.Length == 0) html.Append("</p><p>");
            else if (line.Link is not null)
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(line.Link)).Append("\">")
                    .Append(WebUtility.HtmlEncode(line.Text.Trim()[..line.Text.Trim().IndexOf(':')])).Append("</a><br>");
            else html.Append(WebUtility.HtmlEncode(line.Text)).Append("<br>");
        }
        return html.Append("</p><p>Sky High Booker</p></body></html>").ToString();
    }

    private sealed record Line(string Text, string? Link = null);
}
