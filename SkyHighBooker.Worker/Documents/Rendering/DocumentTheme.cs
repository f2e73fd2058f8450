using PdfSharp.Drawing;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>The colours of the documents: the Web's brand blue with slate greys.</summary>
internal static class DocumentTheme
{
    public static readonly XColor Brand = XColor.FromArgb(0x1d, 0x4e, 0xd8);
    public static readonly XColor BrandDark = XColor.FromArgb(0x1e, 0x3a, 0x8a);
    public static readonly XColor BrandSoft = XColor.FromArgb(0xbf, 0xdb, 0xfe);
    public static readonly XColor BrandTint = XColor.FromArgb(0xef, 0xf6, 0xff);
    public static readonly XColor Ink = XColor.FromArgb(0x0f, 0x17, 0x2a);
    public static readonly XColor Body = XColor.FromArgb(0x33, 0x41, 0x55);
    public static readonly XColor Muted = XColor.FromArgb(0x64, 0x74, 0x8b);
    public static readonly XColor Rule = XColor.FromArgb(0xe2, 0xe8, 0xf0);
    public static readonly XColor Zebra = XColor.FromArgb(0xf8, 0xfa, 0xfc);
    public static readonly XColor White = XColor.FromArgb(0xff, 0xff, 0xff);
    public static readonly XColor Success = XColor.FromArgb(0x15, 0x80, 0x3d);
    public static readonly XColor SuccessTint = XColor.FromArgb(0xdc, 0xfc, 0xe7);
    public static readonly XColor Warning = XColor.FromArgb(0xb4, 0x53, 0x09);
    public static readonly XColor WarningTint = XColor.FromArgb(0xfe, 0xf3, 0xc7);
    public static readonly XColor Danger = XColor.FromArgb(0xb9, 0x1c, 0x1c);
    public static readonly XColor DangerTint = XColor.FromArgb(0xfe, 0xf2, 0xf2);

    /// <summary>A colour written as the SVGs write it ("#1E3A5F"), for what the documents draw from the same definition as the site.</summary>
    public static XColor FromHex(string hex) =>
        XColor.FromArgb(Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));

    /// <summary>Text and background colours of a status badge.</summary>
    public static (XColor Text, XColor Background) StatusColours(string status) => status.Trim().ToLowerInvariant() switch
    {
        "confirmed" or "completed" or "paid" or "refunded" => (Success, SuccessTint),
        "cancelled" or "canceled" or "failed" or "expired" => (Danger, DangerTint),
        _ => (Warning, WarningTint),
    };
}
