using PdfSharp.Drawing;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>A column of a <see cref="DocumentBlocks.Table{T}"/>: relative width, cell text and an optional second, smaller line.</summary>
internal sealed record TableColumn<T>(string Header, double Share, Func<T, string> Value, TextAlign Align = TextAlign.Left,
    bool Bold = false, bool Mono = false, Func<T, string?>? Detail = null);

/// <summary>The building blocks the documents share: banner, section titles, label/value grids, flight panel, tables, totals.</summary>
/// <summary>A label and its value in <see cref="DocumentBlocks.Fields"/>, spanning one or more columns.</summary>
internal sealed record Field(string Label, string Value, int Span = 1)
{
    public static implicit operator Field((string Label, string Value) pair) => new(pair.Label, pair.Value);
}

internal static class DocumentBlocks
{
    public const double BannerHeight = 92;
    private const double CellPadding = 6;

    /// <summary>Full-width brand band at the top of the first page, with the document's title on the right.</summary>
    public static void Banner(DocumentCanvas canvas, string title, string subtitle)
    {
        var g = canvas.G;
        g.DrawRectangle(canvas.Brush(DocumentTheme.Brand), 0, 0, DocumentCanvas.PageWidth, BannerHeight);
        g.DrawRectangle(canvas.Brush(DocumentTheme.BrandDark), 0, BannerHeight - 4, DocumentCanvas.PageWidth, 4);
        Brand(canvas, canvas.Left, 30, 17);
        canvas.Text("Your trip, in one place", canvas.Font(8.5), DocumentTheme.BrandSoft, canvas.Left + 25, 53);
        var titleFont = canvas.Fit(title, canvas.Width / 2, 20, 12, bold: true);
        canvas.Text(title, titleFont, DocumentTheme.White, canvas.Right, 28, TextAlign.Right);
        var subtitleFont = canvas.Font(9);
        canvas.Text(canvas.Ellipsize(subtitle, subtitleFont, canvas.Width / 2), subtitleFont, DocumentTheme.BrandSoft, canvas.Right, 55, TextAlign.Right);
        canvas.Y = BannerHeight + 26;
    }

    /// <summary>Slim band on pages after the first.</summary>
    public static void ContinuationBanner(DocumentCanvas canvas, string title)
    {
        var g = canvas.G;
        g.DrawRectangle(canvas.Brush(DocumentTheme.Brand), 0, 0, DocumentCanvas.PageWidth, 40);
        Brand(canvas, canvas.Left, 12, 12);
        canvas.Text(title + " (continued)", canvas.Font(9, bold: true), DocumentTheme.White, canvas.Right, 14, TextAlign.Right);
        canvas.Y = 40 + 22;
    }

    /// <summary>"✈ Sky High Booker" word mark; the top of the text at y.</summary>
    public static void Brand(DocumentCanvas canvas, double x, double y, double size, XColor? color = null)
    {
        var ink = color ?? DocumentTheme.White;
        var plane = canvas.Font(size);
        canvas.Text("✈", plane, ink, x, y);
        canvas.Text("Sky High Booker", canvas.Font(size, bold: true), ink, x + canvas.Measure("✈", plane) + size * 0.35, y);
    }

    public static void SectionTitle(DocumentCanvas canvas, string title)
    {
        canvas.EnsureSpace(60);
        var font = canvas.Font(11.5, bold: true);
        canvas.G.DrawRectangle(canvas.Brush(DocumentTheme.Brand), canvas.Left, canvas.Y + 1, 3, 13);
        canvas.Text(title, font, DocumentTheme.Ink, canvas.Left + 10, canvas.Y);
        canvas.Y += 24;
    }

    /// <summary>Small upper-case caption above a value.</summary>
    public static void Label(DocumentCanvas canvas, string text, double x, double y, TextAlign align = TextAlign.Left, XColor? color = null) =>
        canvas.Text(text.ToUpperInvariant(), canvas.Font(6.8, bold: true), color ?? DocumentTheme.Muted, x, y, align);

    /// <summary>Label/value pairs in a grid of equal columns (a field may span several); values wrap (at most six lines)
    /// and may hold line breaks.</summary>
    public static void Fields(DocumentCanvas canvas, IReadOnlyList<Field> items, int columns)
    {
        const double gap = 16;
        var columnWidth = (canvas.Width - gap * (columns - 1)) / columns;
        var valueFont = canvas.Font(9.5);
        var rows = new List<List<Field>>();
        var used = columns;
        foreach (var item in items)
        {
            var span = Math.Clamp(item.Span, 1, columns);
            if (used + span > columns) { rows.Add([]); used = 0; }
            rows[^1].Add(item with { Span = span });
            used += span;
        }
        foreach (var row in rows)
        {
            var wrapped = row.Select(item => canvas.Wrap(item.Value, valueFont, item.Span * columnWidth + (item.Span - 1) * gap, 6)).ToList();
            var height = 12 + wrapped.Max(lines => lines.Count) * DocumentCanvas.LineHeight(valueFont);
            canvas.EnsureSpace(height + 10);
            var x = canvas.Left;
            for (var i = 0; i < row.Count; i++)
            {
                Label(canvas, row[i].Label, x, canvas.Y);
                canvas.Lines(wrapped[i], valueFont, DocumentTheme.Ink, x, canvas.Y + 11);
                x += row[i].Span * (columnWidth + gap);
            }
            canvas.Y += height + 10;
        }
    }

    /// <summary>Rounded tinted panel: from and to airports with local times, the flight in between, details underneath.</summary>
    public static void FlightPanel(DocumentCanvas canvas, DocumentFlight flight, bool muted = false)
    {
        const double height = 148;
        canvas.EnsureSpace(height + 14);
        var g = canvas.G;
        var top = canvas.Y;
        var accent = muted ? DocumentTheme.Muted : DocumentTheme.BrandDark;
        g.DrawRoundedRectangle(DocumentCanvas.Pen(DocumentTheme.Rule), canvas.Brush(DocumentTheme.BrandTint),
            canvas.Left, top, canvas.Width, height, 14, 14);

        var inner = canvas.Left + 18;
        var innerRight = canvas.Right - 18;
        var sideWidth = 170;
        Airport(canvas, flight.FromCode, flight.FromCity, flight.DepartureLocal, "Departs", inner, top + 14, sideWidth, TextAlign.Left, accent);
        Airport(canvas, flight.ToCode, flight.ToCity, flight.ArrivalLocal, "Arrives", innerRight, top + 14, sideWidth, TextAlign.Right, accent);

        var middle = (inner + innerRight) / 2;
        var lineY = top + 36;
        var dashed = DocumentCanvas.Pen(muted ? DocumentTheme.Muted : DocumentTheme.Brand, 1, dashed: true);
        g.DrawLine(dashed, inner + sideWidth - 30, lineY, middle - 16, lineY);
        g.DrawLine(dashed, middle + 16, lineY, innerRight - sideWidth + 30, lineY);
        if (muted) canvas.Text("✈", canvas.Font(18), DocumentTheme.Muted, middle, lineY - 12, TextAlign.Center);
        else AirlineMarkDrawing.Draw(canvas, flight.FlightNumber, middle - 11, lineY - 15, 22);
        canvas.Text(DocumentFormat.Duration(flight.DurationMinutes), canvas.Font(8.5, bold: true), DocumentTheme.Body, middle, lineY + 12, TextAlign.Center);
        canvas.Text("non-stop", canvas.Font(7.5), DocumentTheme.Muted, middle, lineY + 24, TextAlign.Center);

        var detailsTop = top + 106;
        g.DrawLine(DocumentCanvas.Pen(DocumentTheme.Rule), inner, detailsTop - 8, innerRight, detailsTop - 8);
        var details = new (string Label, string Value)[]
        {
            ("Flight", flight.FlightNumber), ("Airline", flight.Airline), ("Aircraft", flight.Aircraft),
            ("Duration", DocumentFormat.Duration(flight.DurationMinutes)),
        };
        var widths = new[] { 0.17, 0.36, 0.30, 0.17 };
        var x = inner;
        for (var i = 0; i < details.Length; i++)
        {
            var width = (innerRight - inner) * widths[i];
            Label(canvas, details[i].Label, x, detailsTop);
            var font = canvas.Font(9.5, bold: i == 0);
            canvas.Text(canvas.Ellipsize(details[i].Value, font, width - 10), font, DocumentTheme.Ink, x, detailsTop + 11);
            x += width;
        }
        canvas.Y = top + height + 18;
    }

    /// <summary>The route's map (<see cref="RouteMapDrawing"/>) across the page, when the airports' places are known.</summary>
    public static void RouteMapPanel(DocumentCanvas canvas, DocumentFlight flight)
    {
        if (flight.FromLocation is not { } from || flight.ToLocation is not { } to) return;
        var height = Math.Round(canvas.Width * 0.3);
        canvas.EnsureSpace(height + 18);
        RouteMapDrawing.Draw(canvas, flight.FromCode, from, flight.ToCode, to, canvas.Left, canvas.Y, canvas.Width, height);
        canvas.Y += height + 18;
    }

    private static void Airport(DocumentCanvas canvas, string code, string city, DateTimeOffset time, string caption,
        double x, double y, double width, TextAlign align, XColor accent)
    {
        canvas.Text(code.ToUpperInvariant(), canvas.Font(26, bold: true), accent, x, y, align);
        var cityFont = canvas.Font(9.5);
        canvas.Text(canvas.Ellipsize(city, cityFont, width), cityFont, DocumentTheme.Body, x, y + 34, align);
        var timeFont = canvas.Font(12, bold: true);
        var timeText = DocumentFormat.Time(time);
        canvas.Text(timeText, timeFont, DocumentTheme.Ink, x, y + 52, align);
        var noteFont = canvas.Font(7.5);
        canvas.Text($"{caption} {DocumentFormat.LongDate(time)}, local time", noteFont, DocumentTheme.Muted, x, y + 69, align);
    }

    /// <summary>A table with a tinted header row repeated on every page, zebra rows and wrapped cells.</summary>
    /// <summary>Everyone on the booking with their contact, seat, cabin and fare.</summary>
    public static void PassengerTable(DocumentCanvas canvas, DocumentBooking booking) => Table(canvas,
    [
        new TableColumn<DocumentPassenger>("#", 0.6, p => p.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new TableColumn<DocumentPassenger>("Passenger", 4.8, p => p.Name, Bold: true, Detail: p => p.Email),
        new TableColumn<DocumentPassenger>("Seat", 1.0, p => p.Seat, Mono: true),
        new TableColumn<DocumentPassenger>("Cabin", 2.6, p => DocumentFormat.Cabin(p.Cabin)),
        new TableColumn<DocumentPassenger>("Fare", 2.2, p => DocumentFormat.Money(p.Fare, booking.Currency), TextAlign.Right),
    ], booking.Passengers.OrderBy(p => p.Position).ToList());

    public static void Table<T>(DocumentCanvas canvas, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> rows)
    {
        var totalShare = columns.Sum(c => c.Share);
        var widths = columns.Select(c => canvas.Width * c.Share / totalShare).ToArray();
        var cellFont = canvas.Font(9.5);
        var boldFont = canvas.Font(9.5, bold: true);
        var monoFont = canvas.Font(9.5, bold: true, mono: true);
        var detailFont = canvas.Font(7.8);

        void Header()
        {
            const double headerHeight = 22;
            canvas.G.DrawRectangle(canvas.Brush(DocumentTheme.BrandTint), canvas.Left, canvas.Y, canvas.Width, headerHeight);
            canvas.G.DrawLine(DocumentCanvas.Pen(DocumentTheme.Brand, 1), canvas.Left, canvas.Y + headerHeight, canvas.Right, canvas.Y + headerHeight);
            var x = canvas.Left;
            for (var i = 0; i < columns.Count; i++)
            {
                var anchor = CellAnchor(x, widths[i], columns[i].Align);
                Label(canvas, columns[i].Header, anchor, canvas.Y + 8, columns[i].Align, DocumentTheme.BrandDark);
                x += widths[i];
            }
            canvas.Y += headerHeight;
        }

        canvas.EnsureSpace(22 + 30);
        Header();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = columns.Select((column, i) =>
            {
                var font = column.Mono ? monoFont : column.Bold ? boldFont : cellFont;
                var lines = canvas.Wrap(column.Value(row), font, widths[i] - 2 * CellPadding, 8);
                var detail = column.Detail?.Invoke(row);
                var detailLines = string.IsNullOrWhiteSpace(detail) ? [] : canvas.Wrap(detail, detailFont, widths[i] - 2 * CellPadding, 2);
                return (Font: font, Lines: lines, Detail: detailLines);
            }).ToList();
            var height = 2 * CellPadding + cells.Max(c =>
                c.Lines.Count * DocumentCanvas.LineHeight(c.Font) + c.Detail.Count * DocumentCanvas.LineHeight(detailFont));
            if (canvas.EnsureSpace(height)) Header();

            if (r % 2 == 1) canvas.G.DrawRectangle(canvas.Brush(DocumentTheme.Zebra), canvas.Left, canvas.Y, canvas.Width, height);
            var x = canvas.Left;
            for (var i = 0; i < columns.Count; i++)
            {
                var anchor = CellAnchor(x, widths[i], columns[i].Align);
                var used = canvas.Lines(cells[i].Lines, cells[i].Font, DocumentTheme.Ink, anchor, canvas.Y + CellPadding, columns[i].Align);
                canvas.Lines(cells[i].Detail, detailFont, DocumentTheme.Muted, anchor, canvas.Y + CellPadding + used, columns[i].Align);
                x += widths[i];
            }
            canvas.Y += height;
            canvas.G.DrawLine(DocumentCanvas.Pen(DocumentTheme.Rule), canvas.Left, canvas.Y, canvas.Right, canvas.Y);
        }
        canvas.Y += 10;
    }

    private static double CellAnchor(double x, double width, TextAlign align) => align switch
    {
        TextAlign.Right => x + width - CellPadding,
        TextAlign.Center => x + width / 2,
        _ => x + CellPadding,
    };

    /// <summary>Right-hand block of label/amount lines; the emphasised line gets a rule above and larger type.</summary>
    public static void Totals(DocumentCanvas canvas, IReadOnlyList<(string Label, string Amount, bool Emphasis)> lines)
    {
        const double width = 260;
        var x = canvas.Right - width;
        canvas.EnsureSpace(lines.Count * 22 + 10);
        foreach (var (label, amount, emphasis) in lines)
        {
            if (emphasis)
            {
                canvas.G.DrawLine(DocumentCanvas.Pen(DocumentTheme.Ink, 1), x, canvas.Y, canvas.Right, canvas.Y);
                canvas.Y += 6;
            }
            var labelFont = canvas.Font(emphasis ? 11 : 9.5, bold: emphasis);
            var amountFont = canvas.Font(emphasis ? 13 : 9.5, bold: true);
            canvas.Text(canvas.Ellipsize(label, labelFont, width - 120), labelFont, emphasis ? DocumentTheme.Ink : DocumentTheme.Body,
                x + CellPadding, canvas.Y + (emphasis ? 2 : 0));
            canvas.Text(amount, amountFont, emphasis ? DocumentTheme.BrandDark : DocumentTheme.Ink, canvas.Right - CellPadding, canvas.Y, TextAlign.Right);
            canvas.Y += emphasis ? 24 : 18;
        }
        canvas.Y += 8;
    }

    /// <summary>A rounded note with a coloured bar on the left: bold heading, then wrapped text.</summary>
    public static void Callout(DocumentCanvas canvas, string heading, string text, XColor accent, XColor background)
    {
        var width = canvas.Width - 32;
        var headingFont = canvas.Font(12.5, bold: true);
        var textFont = canvas.Font(9.5);
        var headingLines = canvas.Wrap(heading, headingFont, width);
        var textLines = canvas.Wrap(text, textFont, width);
        var height = 28 + headingLines.Count * DocumentCanvas.LineHeight(headingFont) + 4 + textLines.Count * DocumentCanvas.LineHeight(textFont);
        canvas.EnsureSpace(height + 16);
        var g = canvas.G;
        g.DrawRoundedRectangle(canvas.Brush(background), canvas.Left, canvas.Y, canvas.Width, height, 10, 10);
        g.DrawRectangle(canvas.Brush(accent), canvas.Left, canvas.Y + 8, 4, height - 16);
        var y = canvas.Y + 14;
        y += canvas.Lines(headingLines, headingFont, accent, canvas.Left + 18, y) + 4;
        canvas.Lines(textLines, textFont, DocumentTheme.Body, canvas.Left + 18, y);
        canvas.Y += height + 18;
    }

    /// <summary>A pill with the status in its colour; returns its width.</summary>
    public static double StatusBadge(DocumentCanvas canvas, string status, double x, double y)
    {
        var (text, background) = DocumentTheme.StatusColours(status);
        var font = canvas.Font(8, bold: true);
        var label = DocumentFormat.Status(status).ToUpperInvariant();
        var width = canvas.Measure(label, font) + 18;
        canvas.G.DrawRoundedRectangle(canvas.Brush(background), x, y, width, 18, 18, 18);
        canvas.Text(label, font, text, x + width / 2, y + 4.5, TextAlign.Center);
        return width;
    }

    public static void Paragraph(DocumentCanvas canvas, string text, double size = 9, XColor? color = null)
    {
        var font = canvas.Font(size);
        var lines = canvas.Wrap(text, font, canvas.Width);
        canvas.EnsureSpace(lines.Count * DocumentCanvas.LineHeight(font) + 6);
        canvas.Y += canvas.Lines(lines, font, color ?? DocumentTheme.Body, canvas.Left, canvas.Y) + 6;
    }

    public static void Bullets(DocumentCanvas canvas, IEnumerable<string> items, double size = 8.5)
    {
        var font = canvas.Font(size);
        foreach (var item in items)
        {
            var lines = canvas.Wrap(item, font, canvas.Width - 14);
            canvas.EnsureSpace(lines.Count * DocumentCanvas.LineHeight(font) + 4);
            canvas.G.DrawEllipse(canvas.Brush(DocumentTheme.Brand), canvas.Left + 1, canvas.Y + size * 0.42, 3.5, 3.5);
            canvas.Y += canvas.Lines(lines, font, DocumentTheme.Body, canvas.Left + 14, canvas.Y) + 4;
        }
        canvas.Y += 6;
    }
}
