using SkyHighBooker.Api.Identity;

namespace SkyHighBooker.Api.TravelDocuments;

/// <summary>Tells a PDF, JPEG or PNG by its first bytes, whatever name or content type the uploader gave it.</summary>
public static class TravelDocumentFormat
{
    public const string Pdf = "application/pdf";
    public static readonly string[] AllowedTypes = [Pdf, "image/jpeg", "image/png"];
    public static int BytesToRecognise => PictureFormat.BytesToRecognise;

    private static ReadOnlySpan<byte> PdfStart => "%PDF-"u8;

    /// <summary>"application/pdf", "image/jpeg" or "image/png" when the bytes start like one, otherwise null.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> start) =>
        start.StartsWith(PdfStart) ? Pdf : PictureFormat.ContentTypeOf(start);

    public static string ExtensionFor(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        "image/png" => ".png",
        _ => ".jpg",
    };
}
