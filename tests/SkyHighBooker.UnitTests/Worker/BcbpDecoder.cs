using System.Globalization;
using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

/// <summary>Reads what <see cref="BcbpEncoder"/> writes, so tests can check a boarding pass's barcode field by field.</summary>
public static class BcbpDecoder
{
    /// <summary>Reads the mandatory block of an "M1" string (conditional items after it are ignored).</summary>
    public static BcbpFields Decode(string barcode)
    {
        ArgumentNullException.ThrowIfNull(barcode);
        if (barcode.Length < BcbpEncoder.MandatoryLength || barcode[0] != 'M' || barcode[1] != '1')
        {
            throw new FormatException($"Not a one-leg IATA BCBP string (M1, at least {BcbpEncoder.MandatoryLength} characters): \"{barcode}\".");
        }
        string Field(int start, int length) => barcode.Substring(start, length).Trim();
        int Number(int start, int length, string name) =>
            int.TryParse(barcode.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FormatException($"BCBP {name} \"{barcode.Substring(start, length)}\" is not a number.");

        return new BcbpFields(
            PassengerName: Field(2, 20),
            Reference: Field(23, 7),
            From: Field(30, 3),
            To: Field(33, 3),
            Carrier: Field(36, 3),
            FlightNumber: BcbpEncoder.TrimLeadingZeros(Field(39, 5)),
            JulianDate: Number(44, 3, "date of flight"),
            Compartment: barcode[47],
            Seat: BcbpEncoder.TrimLeadingZeros(Field(48, 4)),
            CheckInSequence: Number(52, 4, "check-in sequence"));
    }
}
