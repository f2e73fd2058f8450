using System.Buffers.Binary;

namespace SkyHighBooker.Api.Identity;

/// <summary>Tells a JPEG or PNG by its first bytes, whatever name or content type the uploader gave it.</summary>
public static class PictureFormat
{
    /// <summary>PNG's 8-byte signature and its IHDR chunk up to the width and height; a JPEG needs only 3.</summary>
    public const int BytesToRecognise = 24;

    /// <summary>
    /// Larger than any phone camera's photo (48 MP is 8064 × 6048), small enough that a browser can decode it: a PNG of
    /// a few MB can claim 100 000 × 100 000 pixels of one colour and take gigabytes to show.
    /// </summary>
    public const int MaxSidePixels = 10_000;

    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    // The first chunk of every PNG: length 13, type IHDR.
    private static ReadOnlySpan<byte> PngHeaderChunk => [0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    /// <summary>"image/jpeg" or "image/png" when the bytes start like one (a PNG also with sane dimensions), otherwise null.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith(JpegStart)) return "image/jpeg";
        if (start.Length < BytesToRecognise || !start.StartsWith(PngSignature) || !start[8..16].SequenceEqual(PngHeaderChunk)) return null;
        var width = BinaryPrimitives.ReadUInt32BigEndian(start[16..20]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(start[20..24]);
        return width is >= 1 and <= MaxSidePixels && height is >= 1 and <= MaxSidePixels ? "image/png" : null;
    }
}
