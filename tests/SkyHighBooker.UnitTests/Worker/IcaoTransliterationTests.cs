using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

/// <summary>ICAO Doc 9303 Part 3 transliteration, letter by letter and on whole names.</summary>
public class IcaoTransliterationTests
{
    [Theory]
    // Latin letters with a transliteration of their own
    [InlineData("Ä", "AE")]
    [InlineData("Å", "AA")]
    [InlineData("Æ", "AE")]
    [InlineData("Ö", "OE")]
    [InlineData("Ø", "OE")]
    [InlineData("Ü", "UE")]
    [InlineData("ß", "SS")]
    [InlineData("ẞ", "SS")]
    [InlineData("Þ", "TH")]
    [InlineData("Ð", "D")]
    [InlineData("Đ", "D")]
    [InlineData("Ħ", "H")]
    [InlineData("Ł", "L")]
    [InlineData("Ŀ", "L")]
    [InlineData("Ĳ", "IJ")]
    [InlineData("Œ", "OE")]
    [InlineData("Ŋ", "N")]
    [InlineData("Ñ", "N")]
    [InlineData("ı", "I")]
    // other accents are dropped
    [InlineData("É", "E")]
    [InlineData("Ç", "C")]
    [InlineData("Ő", "O")]
    [InlineData("Š", "S")]
    [InlineData("İ", "I")]
    [InlineData("Ą", "A")]
    [InlineData("Ơ", "O")]
    public void Latin_letters_with_diacritics_follow_the_Doc_9303_table(string letter, string expected)
    {
        Assert.Equal(expected, IcaoTransliteration.ToLatin(letter));
        Assert.Equal(expected, IcaoTransliteration.ToLatin(letter.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("А", "A")]
    [InlineData("Б", "B")]
    [InlineData("В", "V")]
    [InlineData("Г", "G")]
    [InlineData("Ґ", "G")]
    [InlineData("Д", "D")]
    [InlineData("Ђ", "D")]
    [InlineData("Ѓ", "G")]
    [InlineData("Е", "E")]
    [InlineData("Ё", "E")]
    [InlineData("Є", "IE")]
    [InlineData("Ж", "ZH")]
    [InlineData("З", "Z")]
    [InlineData("Ѕ", "DZ")]
    [InlineData("И", "I")]
    [InlineData("І", "I")]
    [InlineData("Ї", "I")]
    [InlineData("Й", "I")]
    [InlineData("Ј", "J")]
    [InlineData("К", "K")]
    [InlineData("Ќ", "K")]
    [InlineData("Л", "L")]
    [InlineData("Љ", "LJ")]
    [InlineData("М", "M")]
    [InlineData("Н", "N")]
    [InlineData("Њ", "NJ")]
    [InlineData("О", "O")]
    [InlineData("П", "P")]
    [InlineData("Р", "R")]
    [InlineData("С", "S")]
    [InlineData("Т", "T")]
    [InlineData("Ћ", "C")]
    [InlineData("У", "U")]
    [InlineData("Ў", "U")]
    [InlineData("Ф", "F")]
    [InlineData("Х", "KH")]
    [InlineData("Ц", "TS")]
    [InlineData("Ч", "CH")]
    [InlineData("Џ", "DZ")]
    [InlineData("Ш", "SH")]
    [InlineData("Щ", "SHCH")]
    [InlineData("Ъ", "IE")]
    [InlineData("Ы", "Y")]
    [InlineData("Ь", "")]
    [InlineData("Э", "E")]
    [InlineData("Ю", "IU")]
    [InlineData("Я", "IA")]
    public void Cyrillic_letters_follow_the_Doc_9303_table(string letter, string expected)
    {
        Assert.Equal(expected, IcaoTransliteration.ToLatin(letter));
        Assert.Equal(expected, IcaoTransliteration.ToLatin(letter.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("Α", "A")]
    [InlineData("Β", "V")]
    [InlineData("Γ", "G")]
    [InlineData("Δ", "D")]
    [InlineData("Ε", "E")]
    [InlineData("Ζ", "Z")]
    [InlineData("Η", "I")]
    [InlineData("Θ", "TH")]
    [InlineData("Ι", "I")]
    [InlineData("Κ", "K")]
    [InlineData("Λ", "L")]
    [InlineData("Μ", "M")]
    [InlineData("Ν", "N")]
    [InlineData("Ξ", "X")]
    [InlineData("Ο", "O")]
    [InlineData("Π", "P")]
    [InlineData("Ρ", "R")]
    [InlineData("Σ", "S")]
    [InlineData("Τ", "T")]
    [InlineData("Υ", "Y")]
    [InlineData("Φ", "F")]
    [InlineData("Χ", "CH")]
    [InlineData("Ψ", "PS")]
    [InlineData("Ω", "O")]
    // accented forms are their base letter
    [InlineData("Ά", "A")]
    [InlineData("Έ", "E")]
    [InlineData("Ή", "I")]
    [InlineData("Ί", "I")]
    [InlineData("Ϊ", "I")]
    [InlineData("Ό", "O")]
    [InlineData("Ύ", "Y")]
    [InlineData("Ϋ", "Y")]
    [InlineData("Ώ", "O")]
    public void Greek_letters_follow_the_Doc_9303_table(string letter, string expected)
    {
        Assert.Equal(expected, IcaoTransliteration.ToLatin(letter));
        Assert.Equal(expected, IcaoTransliteration.ToLatin(letter.ToLowerInvariant()));
    }

    [Fact]
    public void Final_sigma_is_S()
    {
        Assert.Equal("S", IcaoTransliteration.ToLatin("ς"));
    }

    [Theory]
    [InlineData("Müller", "MUELLER")]
    [InlineData("Þór", "THOR")]
    [InlineData("Ångström", "AANGSTROEM")]
    [InlineData("Zoë", "ZOE")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("Gauß", "GAUSS")]
    [InlineData("Bjørn Ødegård", "BJOERN OEDEGAARD")]
    [InlineData("Peña Nieto", "PENA NIETO")]
    [InlineData("Wałęsa", "WALESA")]
    [InlineData("Élodie Tremblay-Gagnon", "ELODIE TREMBLAYGAGNON")]
    [InlineData("Sam O'Neil", "SAM ONEIL")]
    [InlineData("Иванов", "IVANOV")]
    [InlineData("Щукин", "SHCHUKIN")]
    [InlineData("Анна Щукина", "ANNA SHCHUKINA")]
    [InlineData("Юлия Щеглова", "IULIIA SHCHEGLOVA")]
    [InlineData("Пётр Ильич Чайковский", "PETR ILICH CHAIKOVSKII")]
    [InlineData("Объедков", "OBIEEDKOV")]
    [InlineData("Олександр Ґонта", "OLEKSANDR GONTA")]
    [InlineData("Новак Ђоковић", "NOVAK DOKOVIC")]
    [InlineData("Παπαδόπουλος", "PAPADOPOULOS")]
    [InlineData("Χρήστος", "CHRISTOS")]
    [InlineData("Γιώργος Παπαδόπουλος", "GIORGOS PAPADOPOULOS")]
    [InlineData("ΠΑΠΑΔΟΠΟΥΛΟΣ", "PAPADOPOULOS")]
    [InlineData("Ψαρράς", "PSARRAS")]
    [InlineData("Θεοφάνης", "THEOFANIS")]
    public void Names_are_transliterated_in_upper_case(string name, string expected)
    {
        Assert.Equal(expected, IcaoTransliteration.ToLatin(name));
    }

    [Fact]
    public void A_diaeresis_on_the_upsilon_keeps_omicron_and_upsilon_apart()
    {
        Assert.Equal("PROYPOTHESI", IcaoTransliteration.ToLatin("προϋπόθεση"));
        Assert.Equal("OU", IcaoTransliteration.ToLatin("ού"));
    }

    [Fact]
    public void Decomposed_and_composed_accents_give_the_same_letters()
    {
        Assert.Equal("MUELLER", IcaoTransliteration.ToLatin("Mu\u0308ller"));
        Assert.Equal("PAPADOPOULOS", IcaoTransliteration.ToLatin("Παπαδο\u0301που\u0301λος"));
        Assert.Equal("PROYPOTHESI", IcaoTransliteration.ToLatin("πρου\u0308πο\u0301θεση"));
    }

    [Theory]
    [InlineData("山田 太郎")]
    [InlineData("やまだ たろう")]
    [InlineData("ヤマダ タロウ")]
    [InlineData("김민준")]
    [InlineData("王秀英")]
    [InlineData("محمد")]
    [InlineData("דוד")]
    [InlineData("สมชาย")]
    [InlineData("123 - '")]
    public void Letters_of_scripts_without_a_table_digits_and_punctuation_leave_nothing(string name)
    {
        Assert.Equal("", IcaoTransliteration.ToLatin(name));
    }

    [Fact]
    public void Latin_words_next_to_untransliterated_ones_are_kept_with_single_spaces()
    {
        Assert.Equal("MEI SMITH", IcaoTransliteration.ToLatin("  Mei 山田  Smith "));
    }
}
