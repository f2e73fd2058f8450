using PdfSharp.Drawing;
using QRCoder;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>Draws a QR code as vector squares (one filled path, so no seams between modules at any zoom).</summary>
internal static class QrCodeMark
{
    /// <summary>Draws the code for content in a size × size square at (x, y), quiet zone of four modules included.</summary>
    public static void Draw(XGraphics graphics, string content, double x, double y, double size, XColor color)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column]) { column++; continue; }
                var start = column;
                while (column < bits.Length && bits[column]) column++;
                path.AddRectangle(x + start * module, y + row * module, (column - start) * module, module);
            }
        }
        graphics.DrawRectangle(new XSolidBrush(DocumentTheme.White), x, y, size, size);
        graphics.DrawPath(new XSolidBrush(color), path);
    }
}
