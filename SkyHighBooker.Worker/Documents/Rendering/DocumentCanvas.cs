using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SkyHighBooker.Worker.Documents.Rendering;

internal enum TextAlign { Left, Center, Right }

/// <summary>
/// One PDF being written: A4 pages, a cursor that moves down the page and breaks to a new page when a block
/// does not fit, fonts and brushes, and text that shrinks, wraps or is shortened to stay inside its box.
/// Not shared between threads: every Render call makes its own.
/// </summary>
internal sealed class DocumentCanvas : IDisposable
{
    public const double Margin = 42;
    public const double FooterHeight = 30;
    public static readonly double PageWidth = XUnit.FromMillimeter(210).Point;
    public static readonly double PageHeight = XUnit.FromMillimeter(297).Point;

    private readonly PdfDocument document = new();
    private readonly List<XGraphics> pages = [];
    private readonly Dictionary<(double Size, bool Bold, bool Mono), XFont> fonts = [];
    private readonly Dictionary<(double Size, bool Bold), XFont> fallbackFonts = [];
    private readonly Dictionary<XColor, XSolidBrush> brushes = [];
    private readonly string identity;
    private readonly string footer;
    private readonly Action<DocumentCanvas>? continuationHeader;

    private DocumentCanvas(string identity, string title, string subject, DateTimeOffset createdAt, string footer,
        Action<DocumentCanvas>? continuationHeader)
    {
        DocumentFonts.EnsureRegistered();
        this.identity = identity;
        this.footer = footer;
        this.continuationHeader = continuationHeader;
        document.Info.Title = title;
        document.Info.Subject = subject;
        document.Info.Author = "Sky High Booker";
        document.Info.Creator = "Sky High Booker";
        document.Info.CreationDate = createdAt.UtcDateTime;
        document.Info.ModificationDate = createdAt.UtcDateTime;
        ReproduciblePdf.SetFileIdentifier(document, identity);
        AddPage();
    }

    /// <summary>
    /// A new document with its first page. identity names the document ("receipt/{booking id}"): the same identity and
    /// content give the same bytes. continuationHeader draws the top of every further page.
    /// </summary>
    public static DocumentCanvas Create(string identity, string title, string subject, DateTimeOffset createdAt, string footer,
        Action<DocumentCanvas>? continuationHeader = null) => new(identity, title, subject, createdAt, footer, continuationHeader);

    public XGraphics G => pages[^1];
    public double Y { get; set; }
    public double Left => Margin;
    public double Right => PageWidth - Margin;
    public double Width => Right - Left;
    public double Bottom => PageHeight - Margin - FooterHeight;
    public int PageCount => pages.Count;

    public XFont Font(double size, bool bold = false, bool mono = false)
    {
        var key = (Math.Round(size, 2), bold, mono);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new XFont(mono ? DocumentFonts.Mono : DocumentFonts.Sans, key.Item1, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
                DocumentFonts.Options);
            fonts[key] = font;
        }
        return font;
    }

    /// <summary>The fallback font (CJK) at the size and weight of a DejaVu font, for the characters DejaVu has no glyph for.</summary>
    private XFont FallbackFor(XFont font)
    {
        var key = (font.Size, font.Bold);
        if (!fallbackFonts.TryGetValue(key, out var fallback))
        {
            fallback = new XFont(DocumentFonts.Fallback, font.Size, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, DocumentFonts.Options);
            fallbackFonts[key] = fallback;
        }
        return fallback;
    }

    private IReadOnlyList<(string Text, XFont Font)> Runs(string text, XFont font) => DocumentFonts.Runs(text, font, () => FallbackFor(font));

    public XBrush Brush(XColor color)
    {
        if (!brushes.TryGetValue(color, out var brush)) brushes[color] = brush = new XSolidBrush(color);
        return brush;
    }

    public static XPen Pen(XColor color, double width = 0.75, bool dashed = false) =>
        new(color, width) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid };

    /// <summary>The width of the text, each run in the font that draws it (<see cref="DocumentFonts.Runs"/>).</summary>
    public double Measure(string text, XFont font) => Measure(G, text, font);

    private double Measure(XGraphics g, string text, XFont font) =>
        text.Length == 0 ? 0 : Runs(text, font).Sum(run => g.MeasureString(run.Text, run.Font).Width);

    public static double LineHeight(XFont font) => font.Size * 1.25;

    /// <summary>Draws one line with its top at y.</summary>
    public void Text(string text, XFont font, XColor color, double x, double y, TextAlign align = TextAlign.Left) =>
        Text(G, text, font, color, x, y, align);

    /// <summary>
    /// Text that font covers is drawn in one piece. Otherwise the runs are drawn one after the other on the baseline of
    /// font (where PDFsharp puts it for a top-aligned string), each in its own font, so a name mixing scripts stays on
    /// one line.
    /// </summary>
    private void Text(XGraphics g, string text, XFont font, XColor color, double x, double y, TextAlign align)
    {
        if (text.Length == 0) return;
        var runs = Runs(text, font);
        if (runs.Count == 1 && ReferenceEquals(runs[0].Font, font))
        {
            var format = align switch
            {
                TextAlign.Center => XStringFormats.TopCenter,
                TextAlign.Right => XStringFormats.TopRight,
                _ => XStringFormats.TopLeft,
            };
            g.DrawString(text, font, Brush(color), x, y, format);
            return;
        }
        var widths = runs.Select(run => g.MeasureString(run.Text, run.Font).Width).ToList();
        var left = align switch
        {
            TextAlign.Center => x - widths.Sum() / 2,
            TextAlign.Right => x - widths.Sum(),
            _ => x,
        };
        var baseline = y + font.GetHeight() * font.CellAscent / font.CellSpace;
        for (var i = 0; i < runs.Count; i++)
        {
            g.DrawString(runs[i].Text, runs[i].Font, Brush(color), left, baseline, XStringFormats.BaseLineLeft);
            left += widths[i];
        }
    }

    /// <summary>Draws lines one under the other from y; returns the height used.</summary>
    public double Lines(IReadOnlyList<string> lines, XFont font, XColor color, double x, double y, TextAlign align = TextAlign.Left)
    {
        var height = LineHeight(font);
        for (var i = 0; i < lines.Count; i++) Text(lines[i], font, color, x, y + i * height, align);
        return lines.Count * height;
    }

    /// <summary>The largest size from size down to minSize at which the text fits on one line (minSize if none does).</summary>
    public XFont Fit(string text, double maxWidth, double size, double minSize, bool bold = false, bool mono = false)
    {
        for (var s = size; s > minSize; s -= 0.5)
        {
            var font = Font(s, bold, mono);
            if (Measure(text, font) <= maxWidth) return font;
        }
        return Font(minSize, bold, mono);
    }

    /// <summary>The text shortened with an ellipsis so it fits maxWidth.</summary>
    public string Ellipsize(string text, XFont font, double maxWidth)
    {
        if (Measure(text, font) <= maxWidth) return text;
        int low = 0, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Measure(text[..middle].TrimEnd() + "…", font) <= maxWidth) low = middle;
            else high = middle - 1;
        }
        return text[..low].TrimEnd() + "…";
    }

    /// <summary>Word-wraps text (and its explicit line breaks) to maxWidth; words longer than a line are split.
    /// Beyond maxLines the last line ends with an ellipsis.</summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double maxWidth, int maxLines = int.MaxValue)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= maxWidth) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (Measure(line, font) > maxWidth && line.Length > 1)
                {
                    var take = line.Length - 1;
                    while (take > 1 && Measure(line[..take], font) > maxWidth) take--;
                    lines.Add(line[..take]);
                    line = line[take..];
                }
            }
            lines.Add(line);
        }
        if (lines.Count <= maxLines) return lines;
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Ellipsize(string.Join(' ', lines.Skip(maxLines - 1)) + " …", font, maxWidth);
        return kept;
    }

    /// <summary>One line at the largest size that fits, else up to maxLines wrapped lines, shrinking down to minSize.</summary>
    public (XFont Font, IReadOnlyList<string> Lines) FitLines(string text, double maxWidth, double size, double minSize, int maxLines,
        bool bold = false, bool mono = false)
    {
        var singleLineMinimum = Math.Max(minSize, size * 0.7);
        for (var s = size; s >= singleLineMinimum; s -= 0.5)
        {
            var font = Font(s, bold, mono);
            if (Measure(text, font) <= maxWidth) return (font, [text]);
        }
        for (var s = singleLineMinimum; s > minSize; s -= 0.5)
        {
            var font = Font(s, bold, mono);
            var lines = Wrap(text, font, maxWidth);
            if (lines.Count <= maxLines) return (font, lines);
        }
        var smallest = Font(minSize, bold, mono);
        return (smallest, Wrap(text, smallest, maxWidth, maxLines));
    }

    /// <summary>Starts a new page when fewer than height points are left on this one; true when it did.</summary>
    public bool EnsureSpace(double height)
    {
        if (Y + height <= Bottom) return false;
        AddPage();
        return true;
    }

    public void AddPage()
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        pages.Add(XGraphics.FromPdfPage(page));
        Y = Margin;
        if (pages.Count > 1) continuationHeader?.Invoke(this);
    }

    /// <summary>Draws the footer on every page and returns the finished PDF.</summary>
    public byte[] ToPdf()
    {
        var small = Font(7.5);
        for (var i = 0; i < pages.Count; i++)
        {
            var g = pages[i];
            var top = PageHeight - Margin - FooterHeight + 12;
            g.DrawLine(Pen(DocumentTheme.Rule), Left, top, Right, top);
            var pageLabel = $"Page {i + 1} of {pages.Count}";
            var labelWidth = Measure(g, pageLabel, small);
            Text(g, Ellipsize(footer, small, Width - labelWidth - 16), small, DocumentTheme.Muted, Left, top + 6, TextAlign.Left);
            Text(g, pageLabel, small, DocumentTheme.Muted, Right, top + 6, TextAlign.Right);
        }
        foreach (var g in pages) g.Dispose();
        pages.Clear();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return ReproduciblePdf.Stabilise(output.ToArray(), identity);
    }

    public void Dispose()
    {
        foreach (var g in pages) g.Dispose();
        pages.Clear();
        document.Dispose();
    }
}
