using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// The DejaVu fonts shipped inside this assembly, made known to PDFsharp. PDFsharp has one process-wide font resolver
/// that may be set only once, before the first font is used; every renderer calls <see cref="EnsureRegistered"/>
/// first, and it is safe to call from many threads. PDFsharp 6 embeds the glyphs used as a font subset.
/// </summary>
public static class DocumentFonts
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";

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

    /// <summary>Resolves DejaVu Sans and DejaVu Sans Mono (regular and bold); any other family falls back to DejaVu Sans.</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private static readonly ConcurrentDictionary<string, byte[]> Files = new(StringComparer.Ordinal);

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
        {
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
