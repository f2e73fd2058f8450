using System.Globalization;
using PdfSharp.Drawing;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// A boarding pass for one passenger: a page per flight of the booking, each an airline-style card with a tear-off stub
/// on an A4 page, carrying an IATA BCBP "M1" QR code of that one leg (<see cref="BcbpEncoder"/>: a gate scans the leg it
/// boards), followed by the trip details and travel notes.
/// </summary>
public sealed class BoardingPassRenderer
{
    private const double CardTop = 70;
    private const double CardHeight = 320;
    private const double StubWidth = 158;
    private const double BandHeight = 50;
    private const double QrSize = 112;

    public byte[] Render(DocumentBooking booking, DocumentPassenger passenger)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(passenger);
        var legs = booking.Legs;
        var route = string.Join("-", [legs[0].Flight.FromCode, .. legs.Select(l => l.Flight.ToCode)]);
        using var canvas = DocumentCanvas.Create($"boarding-pass/{booking.BookingId}/{passenger.Position}",
            $"Boarding pass {string.Join(" ", legs.Select(l => l.Flight.FlightNumber))} {passenger.Name}",
            $"Boarding pass for {passenger.Name}, flight{(legs.Count == 1 ? "" : "s")} {string.Join(", ", legs.Select(l => l.Flight.FlightNumber))} {route}, booking {booking.Reference}",
            booking.CreatedAt, $"Sky High Booker · Boarding pass · Booking {booking.Reference} · {passenger.Name}");
        foreach (var leg in legs)
        {
            if (leg != legs[0]) canvas.AddPage();
            var onLeg = booking.OnLeg(leg);
            DrawPage(canvas, onLeg, onLeg.Passengers.Single(p => p.Position == passenger.Position),
                legs.Count == 1 ? "" : $" · flight {leg.Position} of {legs.Count}");
        }
        return canvas.ToPdf();
    }

    private static void DrawPage(DocumentCanvas canvas, DocumentBooking booking, DocumentPassenger passenger, string legCaption)
    {
        var flight = booking.Flight;
        DocumentBlocks.Brand(canvas, canvas.Left, 34, 13, DocumentTheme.Brand);
        canvas.Text($"Boarding pass · passenger {passenger.Position} of {booking.Passengers.Count}{legCaption}", canvas.Font(8.5), DocumentTheme.Muted,
            canvas.Right, 37, TextAlign.Right);

        DrawCard(canvas, booking, passenger);
        canvas.Y = CardTop + CardHeight + 12;
        DrawCutHint(canvas);

        DocumentBlocks.SectionTitle(canvas, "Trip details");
        DocumentBlocks.Fields(canvas,
        [
            ("Passenger", passenger.Name),
            ("E-mail", passenger.Email),
            ("Booking reference", booking.Reference),
            ("Departure", $"{DocumentFormat.LongDate(flight.DepartureLocal)}, {DocumentFormat.Time(flight.DepartureLocal)}\n{flight.FromCity} ({flight.FromCode})"),
            ("Arrival", $"{DocumentFormat.LongDate(flight.ArrivalLocal)}, {DocumentFormat.Time(flight.ArrivalLocal)}\n{flight.ToCity} ({flight.ToCode})"),
            ("Flight", $"{flight.FlightNumber} · {flight.Airline}\n{flight.Aircraft} · {DocumentFormat.Duration(flight.DurationMinutes)}"),
            ("Seat and cabin", $"{passenger.Seat} · {DocumentFormat.Cabin(passenger.Cabin)}"),
            ("Check-in sequence", Sequence(passenger)),
            ("Booking status", DocumentFormat.Status(booking.Status)),
        ], columns: 3);

        DocumentBlocks.SectionTitle(canvas, "Before you fly");
        DocumentBlocks.Bullets(canvas,
        [
            "Times are local to each airport. The gate is shown on the departure screens at the airport.",
            "Have this pass (printed or on your phone) and a valid photo ID ready at security and at the gate.",
            $"Each passenger needs their own boarding pass. Quote booking reference {booking.Reference} if you contact us.",
        ]);
    }

    private static void DrawCard(DocumentCanvas canvas, DocumentBooking booking, DocumentPassenger passenger)
    {
        var g = canvas.G;
        double left = canvas.Left, right = canvas.Right, top = CardTop, bottom = CardTop + CardHeight;
        var perforation = right - StubWidth;

        g.DrawRoundedRectangle(canvas.Brush(DocumentTheme.Rule), left + 1, top + 3, canvas.Width, CardHeight, 22, 22);
        var outline = new XGraphicsPath();
        outline.AddRoundedRectangle(left, top, canvas.Width, CardHeight, 22, 22);
        g.DrawPath(DocumentCanvas.Pen(DocumentTheme.Rule, 1), canvas.Brush(DocumentTheme.White), outline);
        var state = g.Save();
        g.IntersectClip(outline);
        g.DrawRectangle(canvas.Brush(DocumentTheme.Brand), left, top, canvas.Width, BandHeight);
        g.DrawRectangle(canvas.Brush(DocumentTheme.BrandDark), perforation, top, right - perforation, BandHeight);
        g.Restore(state);

        g.DrawLine(DocumentCanvas.Pen(DocumentTheme.BrandSoft, 1, dashed: true), perforation, top + 10, perforation, top + BandHeight);
        g.DrawLine(DocumentCanvas.Pen(DocumentTheme.Muted, 0.8, dashed: true), perforation, top + BandHeight, perforation, bottom - 10);
        foreach (var (y, start) in new[] { (top, 0.0), (bottom, 180.0) })
        {
            g.DrawEllipse(canvas.Brush(DocumentTheme.White), perforation - 9, y - 9, 18, 18);
            g.DrawArc(DocumentCanvas.Pen(DocumentTheme.Rule, 1), perforation - 9, y - 9, 18, 18, start, 180);
        }

        DrawMain(canvas, booking, passenger, left + 22, perforation - 22, top, bottom);
        DrawStub(canvas, booking, passenger, perforation + 18, right - 18, top, bottom);
    }

    private static void DrawMain(DocumentCanvas canvas, DocumentBooking booking, DocumentPassenger passenger,
        double x0, double x1, double top, double bottom)
    {
        var flight = booking.Flight;
        var width = x1 - x0;

        const double mark = 34;
        AirlineMarkDrawing.Draw(canvas, flight.FlightNumber, x0, top + 8, mark);
        var textLeft = x0 + mark + 8;
        var airlineFont = canvas.Fit(flight.Airline, width - 110 - mark - 8, 14, 8, bold: true);
        canvas.Text(canvas.Ellipsize(flight.Airline, airlineFont, width - 110 - mark - 8), airlineFont, DocumentTheme.White, textLeft, top + 11);
        canvas.Text($"Flight {flight.FlightNumber} · booked with Sky High Booker", canvas.Font(7.5), DocumentTheme.BrandSoft, textLeft, top + 31);
        canvas.Text("BOARDING PASS", canvas.Font(9, bold: true), DocumentTheme.White, x1, top + 13, TextAlign.Right);
        canvas.Text(DocumentFormat.Cabin(passenger.Cabin).ToUpperInvariant(), canvas.Font(7.5, bold: true), DocumentTheme.BrandSoft,
            x1, top + 29, TextAlign.Right);

        var y = top + BandHeight + 14;
        DocumentBlocks.Label(canvas, "Passenger", x0, y);
        var (nameFont, nameLines) = canvas.FitLines(passenger.Name, width, 16, 8, 2, bold: true);
        canvas.Lines(nameLines, nameFont, DocumentTheme.Ink, x0, y + 11);

        y = top + BandHeight + 72;
        const double sideWidth = 118;
        Endpoint(canvas, "From", flight.FromCode, flight.FromCity, flight.DepartureLocal, x0, y, sideWidth, TextAlign.Left);
        Endpoint(canvas, "To", flight.ToCode, flight.ToCity, flight.ArrivalLocal, x1, y, sideWidth, TextAlign.Right);
        var middle = (x0 + x1) / 2;
        var lineY = y + 30;
        var dashed = DocumentCanvas.Pen(DocumentTheme.BrandSoft, 1.2, dashed: true);
        canvas.G.DrawLine(dashed, x0 + 70, lineY, middle - 15, lineY);
        canvas.G.DrawLine(dashed, middle + 15, lineY, x1 - 70, lineY);
        canvas.Text("✈", canvas.Font(17), DocumentTheme.Brand, middle, lineY - 11, TextAlign.Center);
        canvas.Text(DocumentFormat.Duration(flight.DurationMinutes), canvas.Font(8, bold: true), DocumentTheme.Body, middle, lineY + 12, TextAlign.Center);

        var stripTop = bottom - 78;
        canvas.G.DrawRoundedRectangle(canvas.Brush(DocumentTheme.BrandTint), x0 - 8, stripTop, width + 16, 44, 12, 12);
        var cells = new (string Label, string Value, XFont Font, XColor Color)[]
        {
            ("Flight", flight.FlightNumber, canvas.Font(11, bold: true), DocumentTheme.Ink),
            ("Date", DocumentFormat.ShortDate(flight.DepartureLocal), canvas.Font(11, bold: true), DocumentTheme.Ink),
            ("Gate", "TBA", canvas.Font(11, bold: true), DocumentTheme.Muted),
            ("Seat", passenger.Seat, canvas.Font(14, bold: true), DocumentTheme.Brand),
            ("Booking", booking.Reference, canvas.Font(11, bold: true, mono: true), DocumentTheme.Ink),
        };
        var cellWidth = width / cells.Length;
        for (var i = 0; i < cells.Length; i++)
        {
            var cx = x0 + i * cellWidth;
            DocumentBlocks.Label(canvas, cells[i].Label, cx, stripTop + 8);
            var valueTop = stripTop + 19 - (cells[i].Font.Size - 11) * 0.6;
            canvas.Text(canvas.Ellipsize(cells[i].Value, cells[i].Font, cellWidth - 4), cells[i].Font, cells[i].Color, cx, valueTop);
        }

        var note = $"{flight.Aircraft} · E-ticket · Check-in sequence {Sequence(passenger)} · All times local";
        var noteFont = canvas.Font(7.5);
        canvas.Text(canvas.Ellipsize(note, noteFont, width), noteFont, DocumentTheme.Muted, x0, bottom - 24);
    }

    private static void Endpoint(DocumentCanvas canvas, string caption, string code, string city, DateTimeOffset time,
        double x, double y, double width, TextAlign align)
    {
        DocumentBlocks.Label(canvas, caption, x, y, align);
        canvas.Text(code.ToUpperInvariant(), canvas.Font(30, bold: true), DocumentTheme.BrandDark, x, y + 9, align);
        var cityFont = canvas.Font(9);
        canvas.Text(canvas.Ellipsize(city, cityFont, width), cityFont, DocumentTheme.Body, x, y + 47, align);
        canvas.Text(DocumentFormat.Time(time), canvas.Font(15, bold: true), DocumentTheme.Ink, x, y + 63, align);
        canvas.Text(DocumentFormat.LongDate(time), canvas.Font(7.5), DocumentTheme.Muted, x, y + 83, align);
    }

    private static void DrawStub(DocumentCanvas canvas, DocumentBooking booking, DocumentPassenger passenger,
        double x0, double x1, double top, double bottom)
    {
        var flight = booking.Flight;
        var width = x1 - x0;
        var middle = (x0 + x1) / 2;
        var flightFont = canvas.Fit(flight.FlightNumber, width, 14, 8, bold: true);
        canvas.Text(flight.FlightNumber, flightFont, DocumentTheme.White, middle, top + 11, TextAlign.Center);
        canvas.Text(DocumentFormat.Cabin(passenger.Cabin).ToUpperInvariant(), canvas.Font(7.5, bold: true), DocumentTheme.BrandSoft,
            middle, top + 31, TextAlign.Center);

        var y = top + BandHeight + 14;
        DocumentBlocks.Label(canvas, "Passenger", x0, y);
        var nameFont = canvas.Font(8.5, bold: true);
        canvas.Lines(canvas.Wrap(passenger.Name, nameFont, width, 2), nameFont, DocumentTheme.Ink, x0, y + 11);

        y += 46;
        var routeFont = canvas.Fit($"{flight.FromCode} → {flight.ToCode}", width, 15, 9, bold: true);
        canvas.Text($"{flight.FromCode} → {flight.ToCode}", routeFont, DocumentTheme.BrandDark, x0, y);

        y += 26;
        var half = width / 2;
        var pairs = new (string Label, string Value)[]
        {
            ("Flight", flight.FlightNumber), ("Seat", passenger.Seat),
            ("Date", DocumentFormat.ShortDate(flight.DepartureLocal)), ("Departs", DocumentFormat.Time(flight.DepartureLocal)),
        };
        var valueFont = canvas.Font(9.5, bold: true);
        for (var i = 0; i < pairs.Length; i++)
        {
            var cx = x0 + i % 2 * half;
            var cy = y + i / 2 * 26;
            DocumentBlocks.Label(canvas, pairs[i].Label, cx, cy);
            canvas.Text(canvas.Ellipsize(pairs[i].Value, valueFont, half - 4), valueFont, DocumentTheme.Ink, cx, cy + 10);
        }

        QrCodeMark.Draw(canvas.G, BcbpEncoder.Encode(booking, passenger), middle - QrSize / 2, bottom - 14 - QrSize, QrSize, DocumentTheme.Ink);
    }

    private static void DrawCutHint(DocumentCanvas canvas)
    {
        canvas.Text("✂  Printing this pass? Cut along the dotted line and keep the stub with the QR code.", canvas.Font(7.5), DocumentTheme.Muted,
            canvas.Right, canvas.Y, TextAlign.Right);
        canvas.Y += 30;
    }

    private static string Sequence(DocumentPassenger passenger) => passenger.Position.ToString("0000", CultureInfo.InvariantCulture);
}
