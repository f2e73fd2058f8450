using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// The fonts shipped inside this assembly, made known to PDFsharp: DejaVu for everything it covers (Latin, Greek,
/// Cyrillic and the symbols the documents draw) and Droid Sans Fallback for what DejaVu lacks, above all Chinese,
/// Japanese kana and kanji and Korean Hangul (<see cref="Runs"/> picks the font per run of text). PDFsharp has one
/// process-wide font resolver that may be set only once, before the first font is used; every renderer calls
/// <see cref="EnsureRegistered"/> first, and it is safe to call from many threads. Both are TrueType-outline fonts, so
/// PDFsharp embeds only the glyphs a document uses, as a subset (it would embed a CFF-outline font such as Noto Sans
/// CJK whole: 16 MB and more per PDF).
/// </summary>
public static class DocumentFonts
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";

    /// <summary>CJK (and whatever else DejaVu lacks); one weight only, so bold is simulated.</summary>
    public const string Fallback = "Droid Sans Fallback";

    /// <summary>Unicode encoding (so the text can be extracted and searched), glyphs embedded as a subset.</summary>
    public static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private static readonly Lock Gate = new();
    private static readonly EmbeddedFontResolver Resolver = new();
    private static volatile bool registered;

    public static void EnsureRegistered()
    {
        if (registered) return;
        lock (Gate)
        {
            if (registered) return;
            var current = GlobalFontSettings.FontResolver;
            if (current is null) GlobalFontSettings.FontResolver = Resolver;
            else if (!ReferenceEquals(current, Resolver))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {current.GetType().FullName}; documents need {nameof(DocumentFonts)} as the only resolver.");
            }
            registered = true;
        }
    }

    /// <summary>
    /// The text cut into runs that each go to one font: a character goes to the primary font when it has a glyph for
    /// it, else to the fallback when that has one, else to the primary (which then shows its missing-glyph box). Text
    /// the primary covers entirely is one run in the primary font, so it is drawn exactly as it was before the fallback
    /// existed.
    /// </summary>
    public static IReadOnlyList<(string Text, XFont Font)> Runs(string text, XFont primary, Func<XFont> fallback)
    {
        if (text.All(char.IsAscii)) return [(text, primary)];
        var runs = new List<(string, XFont)>();
        XFont? fallbackFont = null;
        XFont? current = null;
        var start = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            XFont font = primary;
            if (!Has(primary, rune))
            {
                fallbackFont ??= fallback();
                if (Has(fallbackFont, rune)) font = fallbackFont;
            }
            if (current is not null && !ReferenceEquals(font, current))
            {
                runs.Add((text[start..index], current));
                start = index;
            }
            current = font;
            index += rune.Utf16SequenceLength;
        }
        if (current is not null) runs.Add((text[start..], current));
        return runs;
    }

    private static bool Has(XFont font, Rune rune) => GlyphHelper.GlyphIndexFromCodePoint(rune.Value, font) != 0;

    /// <summary>
    /// Resolves DejaVu Sans and DejaVu Sans Mono (regular and bold) and Droid Sans Fallback (regular; bold simulated);
    /// any other family falls back to DejaVu Sans.
    /// </summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private static readonly ConcurrentDictionary<string, byte[]> Files = new(StringComparer.Ordinal);

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
        {
            if (familyName.Equals(Fallback, StringComparison.OrdinalIgnoreCase))
            {
                return new FontResolverInfo("DroidSansFallback", mustSimulateBold: bold, mustSimulateItalic: italic);
            }
            var mono = familyName.Contains("mono", StringComparison.OrdinalIgnoreCase);
            var face = (mono, bold) switch
            {
                (true, true) => "DejaVuSansMono-Bold",
                (true, false) => "DejaVuSansMono",
                (false, true) => "DejaVuSans-Bold",
                (false, false) => "DejaVuSans",
            };
            return new FontResolverInfo(face, mustSimulateBold: false, mustSimulateItalic: italic);
        }

        public byte[] GetFont(string faceName) => Files.GetOrAdd(faceName, Load);

        private static byte[] Load(string faceName)
        {
            var name = $"SkyHighBooker.Worker.Fonts.{faceName}.ttf";
            using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Font resource {name} is missing from {typeof(DocumentFonts).Assembly.GetName().Name}.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
