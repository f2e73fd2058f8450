using System.Diagnostics;
using System.Text;
using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

/// <summary>The airline's mark on the boarding pass and the confirmation, in its own colours, as the site's SVG shows it.</summary>
public class AirlineMarkOnDocumentsTests
{
    private static readonly AirlineMark Lufthansa = AirlineMark.ForCode("LH")!;

    public static TheoryData<string> Documents => ["boarding pass", "confirmation"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_seeded_airlines_flight_shows_its_mark_in_its_own_colours(string document)
    {
        var pixels = Render(document, "LH834");
        Assert.True(CountNear(pixels, Lufthansa.Field) > 60, $"{document}: too few pixels of the mark's field {Lufthansa.Field}");
        Assert.True(CountNear(pixels, Lufthansa.Stripe) > 20, $"{document}: too few pixels of the mark's stripe {Lufthansa.Stripe}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Another_airlines_flight_does_not_wear_that_mark(string document)
    {
        var pixels = Render(document, "SH834");
        Assert.Equal(0, CountNear(pixels, Lufthansa.Stripe));
    }

    private static byte[] Render(string document, string flightNumber)
    {
        var booking = SampleBookings.Paid() with { Flight = SampleBookings.Flight with { FlightNumber = flightNumber } };
        var pdf = document == "boarding pass" ? new BoardingPassRenderer().Render(booking, booking.Passengers[0]) : new ConfirmationRenderer().Render(booking);
        return FirstPageRgb(pdf);
    }

    internal static int CountNear(byte[] rgb, string hex)
    {
        var (r, g, b) = (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
        var count = 0;
        for (var i = 0; i + 2 < rgb.Length; i += 3)
            if (Math.Abs(rgb[i] - r) <= 6 && Math.Abs(rgb[i + 1] - g) <= 6 && Math.Abs(rgb[i + 2] - b) <= 6) count++;
        return count;
    }

    /// <summary>The first page as raw RGB (pdftoppm's PPM without its header), at 72 dpi.</summary>
    internal static byte[] FirstPageRgb(byte[] pdf)
    {
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var input = Path.Combine(directory, "document.pdf");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "72", "-f", "1", "-l", "1", "-aaVector", "no", input, Path.Combine(directory, "page")])
                { RedirectStandardError = true })!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var ppm = File.ReadAllBytes(Directory.GetFiles(directory, "page-*.ppm").Single());
            // P6 header: four tokens (magic, width, height, maximum value), the last followed by exactly one whitespace byte
            Assert.StartsWith("P6", Encoding.ASCII.GetString(ppm, 0, 2));
            var offset = 0;
            for (var token = 0; token < 4; token++)
            {
                while (char.IsWhiteSpace((char)ppm[offset])) offset++;
                while (!char.IsWhiteSpace((char)ppm[offset])) offset++;
            }
            return ppm[(offset + 1)..];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
