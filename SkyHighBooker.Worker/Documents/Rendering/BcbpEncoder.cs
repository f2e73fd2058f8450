using System.Globalization;
using System.Text;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// The mandatory items of a one-leg IATA bar-coded boarding pass (Resolution 792, format "M1"), with the values
/// as people read them: <see cref="FlightNumber"/> without leading zeros ("834", "834A"), <see cref="Seat"/> without
/// leading zeros ("1A"), <see cref="PassengerName"/> as SURNAME/GIVEN without padding.
/// </summary>
public sealed record BcbpFields(
    string PassengerName,
    string Reference,
    string From,
    string To,
    string Carrier,
    string FlightNumber,
    int JulianDate,
    char Compartment,
    string Seat,
    int CheckInSequence)
{
    /// <summary>Carrier and flight number as printed on the pass, e.g. "AC834".</summary>
    public string FlightDesignator => Carrier + FlightNumber;
}

/// <summary>
/// Writes the 60-character mandatory block of an IATA BCBP "M1" string: format code, number of legs,
/// passenger name (20), electronic ticket indicator, PNR (7), from (3), to (3), operating carrier (3),
/// flight number (5), Julian date of flight (3), compartment (1), seat (4), check-in sequence (5),
/// passenger status (1) and the size of the conditional items ("00": none follow).
/// </summary>
public static class BcbpEncoder
{
    public const int MandatoryLength = 60;

    /// <summary>The BCBP string for one passenger of a booking (one leg; dates are the local departure date).</summary>
    public static string Encode(DocumentBooking booking, DocumentPassenger passenger) => Encode(FieldsFor(booking, passenger));

    /// <summary>The fields a boarding pass for this passenger encodes.</summary>
    public static BcbpFields FieldsFor(DocumentBooking booking, DocumentPassenger passenger)
    {
        var flight = booking.Flight;
        var (carrier, number) = SplitFlightNumber(flight.FlightNumber);
        return new BcbpFields(
            PassengerName: FormatName(passenger.Name, passenger.Position),
            Reference: booking.Reference.Trim().ToUpperInvariant(),
            From: flight.FromCode.Trim().ToUpperInvariant(),
            To: flight.ToCode.Trim().ToUpperInvariant(),
            Carrier: carrier,
            FlightNumber: number,
            JulianDate: flight.DepartureLocal.DayOfYear,
            Compartment: CompartmentCode(passenger.Cabin),
            Seat: passenger.Seat.Trim().ToUpperInvariant(),
            CheckInSequence: passenger.Position);
    }

    public static string Encode(BcbpFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfNotEqual(fields.JulianDate is >= 1 and <= 366, true, "JulianDate (day of year, 1-366)");
        var text = new StringBuilder(MandatoryLength)
            .Append('M').Append('1')
            .Append(Fixed(fields.PassengerName, 20))
            .Append('E')
            .Append(Fixed(fields.Reference, 7))
            .Append(Fixed(fields.From, 3))
            .Append(Fixed(fields.To, 3))
            .Append(Fixed(fields.Carrier, 3))
            .Append(PadFlightNumber(fields.FlightNumber))
            .Append(fields.JulianDate.ToString("000", CultureInfo.InvariantCulture))
            .Append(fields.Compartment)
            .Append(PadSeat(fields.Seat))
            .Append((fields.CheckInSequence % 10000).ToString("0000", CultureInfo.InvariantCulture)).Append(' ')
            .Append('1')
            .Append("00")
            .ToString();
        return text.Length == MandatoryLength ? text : throw new InvalidOperationException($"BCBP block is {text.Length} characters, not {MandatoryLength}.");
    }

    /// <summary>
    /// "Luc Desmarais" → "DESMARAIS/LUC": the name in Latin capitals by ICAO Doc 9303 (<see cref="IcaoTransliteration"/>:
    /// "Jürgen Müller" → "MUELLER/JUERGEN", "Анна Щукина" → "SHCHUKINA/ANNA"), the last word as the surname, at most 20
    /// characters. A name with nothing Doc 9303 transliterates (Chinese, Japanese, Korean, Arabic…) becomes
    /// "PASSENGER/" and the passenger's position in words ("PASSENGER/TWO"): letters only, as the field allows, and
    /// different for each passenger of a booking (1–9 passengers; a higher position gives "PASSENGER").
    /// </summary>
    public static string FormatName(string name, int position)
    {
        var words = IcaoTransliteration.ToLatin(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var formatted = words.Length switch
        {
            0 => position is >= 1 and <= 9 ? $"PASSENGER/{PositionWords[position - 1]}" : "PASSENGER",
            1 => words[0],
            _ => $"{words[^1]}/{string.Join(' ', words[..^1])}",
        };
        return formatted.Length <= 20 ? formatted : formatted[..20];
    }

    private static readonly string[] PositionWords = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

    /// <summary>Business → J, premium economy → W, economy (and anything unknown) → Y; first → F.</summary>
    public static char CompartmentCode(string cabin) => cabin.Trim().ToLowerInvariant() switch
    {
        "first" => 'F',
        "business" => 'J',
        "premium_economy" or "premium economy" or "premium" => 'W',
        _ => 'Y',
    };

    private static (string Carrier, string Number) SplitFlightNumber(string flightNumber)
    {
        var compact = flightNumber.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length <= 2 ? (compact, "") : (compact[..2], TrimLeadingZeros(compact[2..]));
    }

    private static string PadFlightNumber(string number)
    {
        var digits = new string(number.TakeWhile(char.IsAsciiDigit).ToArray());
        var suffix = number[digits.Length..].Trim();
        if (digits.Length > 4) digits = digits[^4..];
        return digits.PadLeft(4, '0') + (suffix.Length > 0 ? suffix[0] : ' ');
    }

    private static string PadSeat(string seat)
    {
        var compact = seat.Trim().ToUpperInvariant();
        var digits = new string(compact.TakeWhile(char.IsAsciiDigit).ToArray());
        var letter = compact[digits.Length..];
        return letter.Length == 1 && digits.Length is >= 1 and <= 3 ? digits.PadLeft(3, '0') + letter : Fixed(compact, 4);
    }

    /// <summary>"0834" → "834", "001A" → "1A", "0000" → "0".</summary>
    internal static string TrimLeadingZeros(string value)
    {
        var start = 0;
        while (start < value.Length - 1 && value[start] == '0' && char.IsAsciiDigit(value[start + 1])) start++;
        return value[start..];
    }

    private static string Fixed(string value, int length)
    {
        var upper = value.Trim().ToUpperInvariant();
        return upper.Length >= length ? upper[..length] : upper.PadRight(length);
    }
}
