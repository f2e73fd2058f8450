using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// Makes a document's bytes depend only on what it shows. PDFsharp draws fresh random values for the file
/// identifier, the XMP document and instance ids and the font subset tags ("ABCDEF+DejaVu Sans",
/// "ABCDEF+Droid Sans Fallback"); the identifier is set up front and the others are replaced after saving by values
/// derived from the document's identity. The replacements have the same length and sit in uncompressed dictionaries
/// and the XMP packet, so no offset moves.
/// </summary>
internal static partial class ReproduciblePdf
{
    [GeneratedRegex(@"/([A-Z]{6})\+((?:DejaVu|Droid)[#0-9A-Za-z,]*)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"<xmpMM:(DocumentID|InstanceID)>uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<")]
    private static partial Regex XmpId();

    public static void SetFileIdentifier(PdfDocument document, string identity)
    {
        var id = new string(Guid(identity).ToByteArray().Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    public static byte[] Stabilise(byte[] pdf, string identity)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, match =>
        {
            var original = match.Groups[1].Value;
            if (!tags.TryGetValue(original, out var stable))
            {
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}|{match.Groups[2].Value}|{tags.Count}"));
                tags[original] = stable = new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
            }
            return $"/{stable}+{match.Groups[2].Value}";
        });
        text = XmpId().Replace(text, match => $"<xmpMM:{match.Groups[1].Value}>uuid:{Guid($"{identity}|{match.Groups[1].Value}"):D}<");
        var result = Encoding.Latin1.GetBytes(text);
        return result.Length == pdf.Length ? result : throw new InvalidOperationException("Stabilising the PDF changed its length.");
    }

    /// <summary>A name-based (version 5 style) UUID of the text.</summary>
    private static Guid Guid(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16];
        bytes[7] = (byte)(bytes[7] & 0x0F | 0x50);
        bytes[8] = (byte)(bytes[8] & 0x3F | 0x80);
        return new Guid(bytes);
    }
}
