namespace SkyHighBooker.Api.Infrastructure;

/// <summary>
/// Text a client writes and the Api stores: names, email addresses, an airline or aircraft. PostgreSQL refuses NUL
/// (0x00) in text, so a NUL in a passenger's name failed its INSERT with a 500; the other control characters (Unicode
/// category Cc: tabs, line breaks, escapes, the C1 codes) are legitimate in none of these fields either, and would
/// otherwise travel on into PDFs, emails and logs.
/// </summary>
public static class FreeText
{
    public const string ControlCharactersMessage = "Control characters (NUL, tabs, line breaks, escapes) are not allowed here.";

    /// <summary>True when the text has a character of category Cc (U+0000–U+001F, U+007F–U+009F) anywhere, ends included.</summary>
    public static bool HasControlCharacters(string? text) => text is not null && text.Any(char.IsControl);
}
