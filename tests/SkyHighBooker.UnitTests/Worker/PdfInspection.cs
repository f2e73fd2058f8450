using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace SkyHighBooker.Worker.Tests;

/// <summary>Reads rendered PDFs back with PdfPig: their text, metadata and fonts.</summary>
public static class PdfInspection
{
    /// <summary>The text of all pages; PdfPig gives letters in drawing order, so wrapped lines run together.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => page.Text));
    }

    /// <summary>Asserts the PDF's text holds the expected text, ignoring white space (lines may wrap anywhere).</summary>
    public static void ContainsText(byte[] pdf, params string[] expected)
    {
        var text = Squeeze(Text(pdf));
        foreach (var value in expected)
        {
            Assert.True(text.Contains(Squeeze(value), StringComparison.Ordinal), $"PDF text does not contain \"{value}\". Text: {text}");
        }
    }

    /// <summary>The names of the fonts that draw the given text's letters (subset tags removed), in page order.</summary>
    public static IReadOnlySet<string> FontsDrawing(byte[] pdf, string text)
    {
        using var document = PdfDocument.Open(pdf);
        var wanted = text.Where(c => !char.IsWhiteSpace(c)).Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        return document.GetPages().SelectMany(page => page.Letters)
            .Where(letter => wanted.Contains(letter.Value))
            .Select(letter => letter.FontName ?? "")
            .Select(name => name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..])
            .ToHashSet(StringComparer.Ordinal);
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    public static (string? Title, string? Author, string? CreationDate) Information(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return (document.Information.Title, document.Information.Author, document.Information.CreationDate);
    }

    /// <summary>Every font the pages use, with whether a font program (FontFile, FontFile2 or FontFile3) is embedded.</summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Fonts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var scanner = document.Structure.TokenScanner;
        T Resolve<T>(IToken token) where T : class, IToken =>
            DirectObjectFinder.Get<T>(token, scanner) ?? throw new InvalidOperationException($"Expected a {typeof(T).Name}, found {token}.");

        var fonts = new List<(string, bool)>();
        foreach (var page in document.GetPages())
        {
            var resources = Resolve<DictionaryToken>(page.Dictionary.Data[NameToken.Resources.Data]);
            if (!resources.TryGet(NameToken.Font, out IToken fontsToken)) continue;
            foreach (var reference in Resolve<DictionaryToken>(fontsToken).Data.Values)
            {
                var font = Resolve<DictionaryToken>(reference);
                var name = Resolve<NameToken>(font.Data[NameToken.BaseFont.Data]).Data;
                var described = font.TryGet(NameToken.DescendantFonts, out IToken descendants)
                    ? Resolve<DictionaryToken>(Resolve<ArrayToken>(descendants).Data[0])
                    : font;
                var embedded = described.TryGet(NameToken.FontDescriptor, out IToken descriptorToken)
                    && Resolve<DictionaryToken>(descriptorToken).Data.Keys.Any(key =>
                        key == NameToken.FontFile.Data || key == NameToken.FontFile2.Data || key == NameToken.FontFile3.Data);
                fonts.Add((name, embedded));
            }
        }
        return fonts;
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
