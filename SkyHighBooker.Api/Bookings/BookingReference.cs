using System.Security.Cryptography;

namespace SkyHighBooker.Api.Bookings;

/// <summary>Six-character record locators from an alphabet without look-alikes (no 0/O, 1/I).</summary>
public static class BookingReference
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => string.Create(6, 0, (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
    });
}
