using System.Security.Cryptography;
using Npgsql;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Six-character record locators from an alphabet without look-alikes (no 0/O, 1/I), drawn at random. A draw that
/// clashes with an existing booking's is rare; the booking engine then draws again.
/// </summary>
public class BookingReferences
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public virtual string Next() => string.Create(6, 0, (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
    });

    /// <summary>The drawn reference was another booking's: the booking's INSERT failed on the reference's unique key.</summary>
    public static bool MeansTaken(PostgresException error) =>
        error.SqlState == PostgresErrorCodes.UniqueViolation && error.TableName == "bookings";
}
