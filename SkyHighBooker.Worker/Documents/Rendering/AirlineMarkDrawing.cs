using PdfSharp.Drawing;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// The airline's mark drawn with PDF shapes from the same definition as its SVG (static/airline-logos/{code}.svg):
/// vector, a few hundred bytes, and no SVG rasteriser or fetch from storage in the Worker.
/// </summary>
internal static class AirlineMarkDrawing
{
    public static void Draw(DocumentCanvas canvas, string flightNumber, double x, double y, double size)
    {
        var mark = AirlineMark.ForFlightNumber(flightNumber);
        var g = canvas.G;
        var scale = size / 64;
        var field = new XGraphicsPath();
        field.AddRoundedRectangle(x, y, size, size, 24 * scale, 24 * scale);
        g.DrawPath(canvas.Brush(DocumentTheme.FromHex(mark.Field)), field);

        var state = g.Save();
        g.IntersectClip(field);
        // The SVG's tail stripe: M40 0 h24 v24 L28 64 H12 z, the corner cut by the clip as the SVG's rounded corner does.
        XPoint At(double px, double py) => new(x + px * scale, y + py * scale);
        g.DrawPolygon(canvas.Brush(DocumentTheme.FromHex(mark.Stripe)), [At(40, 0), At(64, 0), At(64, 24), At(28, 64), At(12, 64)], XFillMode.Winding);
        g.Restore(state);

        var font = canvas.Font(size * 0.36, bold: true);
        canvas.Text(mark.Code, font, XColors.White, x + size / 2, y + (size - DocumentCanvas.LineHeight(font)) / 2 + size * 0.03, TextAlign.Center);
    }
}
