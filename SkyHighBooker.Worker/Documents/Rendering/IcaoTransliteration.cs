using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// Names in the Latin capitals A–Z that machine-readable travel documents use, by the transliteration tables of ICAO
/// Doc 9303 Part 3, section 6 (the ones passports print in their machine-readable zone, so a boarding pass name
/// matches the passport):
/// <list type="bullet">
/// <item>Latin with diacritics: the table's letters (Ä → AE, Å → AA, Æ → AE, Ö → OE, Ø → OE, Ü → UE, ß → SS, Þ → TH,
/// Ð → D, Ł → L, Ĳ → IJ, Œ → OE…); Ñ → N (the table allows N or NXX); any other accent is dropped (É → E).</item>
/// <item>Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian letters): Ж → ZH, Х → KH, Ц → TS,
/// Ч → CH, Ш → SH, Щ → SHCH, Ю → IU, Я → IA, Й → I, Ы → Y, Ъ → IE, Ь omitted, Є → IE, Ђ → D, Ћ → C, Џ → DZ, Љ → LJ,
/// Њ → NJ, Ѕ → DZ, Ј → J…</item>
/// <item>Greek: letter by letter (Β → V, Η → I, Θ → TH, Ξ → X, Υ → Y, Φ → F, Χ → CH, Ψ → PS, Ω → O, accents
/// dropped), except ΟΥ → OU as Greek passports write it (Παπαδόπουλος → PAPADOPOULOS); a diaeresis on the Υ (ΟΫ)
/// keeps the letters apart (OY).</item>
/// </list>
/// Letters of scripts Doc 9303 gives no table for here (Chinese, Japanese, Korean, Arabic, Hebrew, Thai…) have no
/// Latin form and are dropped, like digits and punctuation (hyphens and apostrophes: TREMBLAYGAGNON, ONEIL); white
/// space separates words. What to do with a name that leaves nothing is the caller's choice
/// (<see cref="BcbpEncoder.FormatName"/>).
/// </summary>
public static class IcaoTransliteration
{
    /// <summary>The name in A–Z and single spaces, without leading or trailing space.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(letters.Length * 2);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (char.IsWhiteSpace(c))
            {
                if (result.Length > 0 && result[^1] != ' ') result.Append(' ');
                continue;
            }
            var upper = char.ToUpperInvariant(c);
            if (upper == 'Ο' && NextIsPlainUpsilon(letters, i + 1, out var consumed))
            {
                result.Append("OU");
                i += consumed;
                continue;
            }
            if (Table.TryGetValue(upper, out var latin))
            {
                result.Append(latin);
                continue;
            }
            foreach (var part in upper.ToString().Normalize(NormalizationForm.FormD))
            {
                if (part is >= 'A' and <= 'Z') result.Append(part);
                else if (Table.TryGetValue(part, out var baseLatin)) result.Append(baseLatin);
            }
        }
        return result.ToString().Trim();
    }

    /// <summary>An Υ (upsilon) after an Ο, with any accent but no diaeresis; consumed is how many chars it takes.</summary>
    private static bool NextIsPlainUpsilon(string text, int index, out int consumed)
    {
        consumed = 0;
        if (index >= text.Length) return false;
        var parts = char.ToUpperInvariant(text[index]).ToString().Normalize(NormalizationForm.FormD);
        if (parts[0] != 'Υ' || parts.Contains('\u0308', StringComparison.Ordinal)) return false;
        consumed = 1;
        // accents written as separate combining marks after the upsilon (not composed by FormC) belong to it
        while (index + consumed < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[index + consumed]) == UnicodeCategory.NonSpacingMark)
        {
            if (text[index + consumed] == '\u0308') { consumed = 0; return false; }
            consumed++;
        }
        return true;
    }

    /// <summary>
    /// Upper-case letters whose Latin form is not simply their base letter. Accented Greek and Cyrillic letters not
    /// listed (Ά, Ώ, Ѓ, Ќ, Ў, Ї…) decompose to a listed base letter.
    /// </summary>
    private static readonly FrozenDictionary<char, string> Table = new Dictionary<char, string>
    {
        // Latin, Doc 9303 Part 3 section 6: letters with a transliteration of their own
        ['Ä'] = "AE", ['Å'] = "AA", ['Æ'] = "AE", ['Ö'] = "OE", ['Ø'] = "OE", ['Ü'] = "UE", ['ß'] = "SS", ['ẞ'] = "SS",
        ['Þ'] = "TH", ['Ð'] = "D", ['Đ'] = "D", ['Ħ'] = "H", ['Ł'] = "L", ['Ŀ'] = "L", ['Ĳ'] = "IJ", ['Œ'] = "OE",
        ['Ŋ'] = "N", ['Ñ'] = "N", ['ı'] = "I", // the invariant culture leaves dotless i in lower case

        // Cyrillic
        ['А'] = "A", ['Б'] = "B", ['В'] = "V", ['Г'] = "G", ['Ґ'] = "G", ['Д'] = "D", ['Ђ'] = "D", ['Е'] = "E",
        ['Ё'] = "E", ['Є'] = "IE", ['Ж'] = "ZH", ['З'] = "Z", ['Ѕ'] = "DZ", ['И'] = "I", ['І'] = "I", ['Ї'] = "I",
        ['Й'] = "I", ['Ј'] = "J", ['К'] = "K", ['Л'] = "L", ['Љ'] = "LJ", ['М'] = "M", ['Н'] = "N", ['Њ'] = "NJ",
        ['О'] = "O", ['П'] = "P", ['Р'] = "R", ['С'] = "S", ['Т'] = "T", ['Ћ'] = "C", ['У'] = "U", ['Ў'] = "U",
        ['Ф'] = "F", ['Х'] = "KH", ['Ц'] = "TS", ['Ч'] = "CH", ['Џ'] = "DZ", ['Ш'] = "SH", ['Щ'] = "SHCH", ['Ъ'] = "IE",
        ['Ы'] = "Y", ['Ь'] = "", ['Э'] = "E", ['Ю'] = "IU", ['Я'] = "IA",

        // Greek
        ['Α'] = "A", ['Β'] = "V", ['Γ'] = "G", ['Δ'] = "D", ['Ε'] = "E", ['Ζ'] = "Z", ['Η'] = "I", ['Θ'] = "TH",
        ['Ι'] = "I", ['Κ'] = "K", ['Λ'] = "L", ['Μ'] = "M", ['Ν'] = "N", ['Ξ'] = "X", ['Ο'] = "O", ['Π'] = "P",
        ['Ρ'] = "R", ['Σ'] = "S", ['Τ'] = "T", ['Υ'] = "Y", ['Φ'] = "F", ['Χ'] = "CH", ['Ψ'] = "PS", ['Ω'] = "O",
    }.ToFrozenDictionary();
}
