using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

/// <summary>Passengers' names print as they are written, in every script, with every glyph in an embedded font subset.</summary>
public class NamesInEveryScriptTests
{
    public static TheoryData<string> Documents => ["boarding pass", "receipt", "confirmation", "cancellation notice"];

    private const string Cjk = "山田太郎김민준";

    /// <summary>The document for the whole booking, or for a boarding pass the pass of every passenger.</summary>
    private static IReadOnlyList<byte[]> Render(string document, DocumentBooking booking) => document switch
    {
        "boarding pass" => booking.Passengers.Select(p => new BoardingPassRenderer().Render(booking, p)).ToList(),
        "receipt" => [new ReceiptRenderer().Render(booking)],
        "confirmation" => [new ConfirmationRenderer().Render(booking)],
        "cancellation notice" => [new CancellationNoticeRenderer().Render(booking with { Status = "cancelled" })],
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Names_in_every_script_print_exactly_as_written(string document)
    {
        var booking = SampleBookings.EveryScript();
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var pdfs = Render(document, booking);

            var text = string.Join("\n", pdfs.Select(pdf => ExternalTools.ExtractText(pdf, directory)));
            foreach (var name in SampleBookings.NamesInEveryScript)
            {
                Assert.True(text.Contains(name, StringComparison.Ordinal), $"The {document} text does not contain \"{name}\":\n{text}");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Chinese_Japanese_and_Korean_letters_are_drawn_in_Droid_Sans_Fallback_and_the_rest_in_DejaVu(string document)
    {
        foreach (var pdf in Render(document, SampleBookings.EveryScript()))
        {
            var cjkFonts = PdfInspection.FontsDrawing(pdf, Cjk);
            var otherFonts = PdfInspection.FontsDrawing(pdf, "ZoëÅngströmΓιώργοςΠαπαδόπουλοςАннаЩукина");

            if (cjkFonts.Count > 0) Assert.Equal([DocumentFonts.Fallback], cjkFonts);
            Assert.NotEmpty(otherFonts);
            Assert.All(otherFonts, font => Assert.StartsWith("DejaVu", font, StringComparison.Ordinal));
        }
        Assert.NotEmpty(Render(document, SampleBookings.EveryScript()).SelectMany(pdf => PdfInspection.FontsDrawing(pdf, Cjk)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_font_is_embedded_as_a_subset(string document)
    {
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var pdf = Render(document, SampleBookings.EveryScript())[^1];

            var fonts = ExternalTools.ListFonts(pdf, directory);

            Assert.Contains(fonts, font => font.Name.EndsWith("+" + DocumentFonts.Fallback, StringComparison.Ordinal));
            Assert.All(fonts, font =>
            {
                Assert.True(font.Embedded && font.Subset, $"{font.Name} is not embedded as a subset");
                Assert.Matches(new Regex("^[A-Z]{6}\\+"), font.Name);
            });
            // a subset of a few glyphs, not the 3.4 MB font
            Assert.True(pdf.Length < 200_000, $"The {document} is {pdf.Length} bytes");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Documents_with_no_text_beyond_DejaVu_do_not_embed_the_CJK_font(string document)
    {
        var booking = SampleBookings.EveryScript() with
        {
            Passengers = SampleBookings.EveryScript().Passengers.Where(p => !p.Name.Any(c => Cjk.Contains(c))).ToList(),
        };

        foreach (var pdf in Render(document, booking))
        {
            Assert.All(PdfInspection.Fonts(pdf), font => Assert.Contains("DejaVu", font.Name, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Rendering_CJK_names_twice_gives_identical_bytes(string document)
    {
        Assert.Equal(Render(document, SampleBookings.EveryScript()), Render(document, SampleBookings.EveryScript()));
    }

    [Theory]
    [InlineData(0, "AANGSTROEM/ZOE")]
    [InlineData(1, "PAPADOPOULOS/GIORGOS")]
    [InlineData(2, "SHCHUKINA/ANNA")]
    [InlineData(3, "PASSENGER/FOUR")]
    [InlineData(4, "PASSENGER/FIVE")]
    public void The_QR_code_carries_the_ICAO_transliteration_of_the_name(int index, string expected)
    {
        var booking = SampleBookings.EveryScript();
        var passenger = booking.Passengers[index];
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var pages = ExternalTools.RenderPages(new BoardingPassRenderer().Render(booking, passenger), directory);

            var fields = BcbpDecoder.Decode(Assert.Single(ExternalTools.ReadBarcodes(pages[0])));
            Assert.Equal(expected, fields.PassengerName);
            Assert.Equal(("JKL456", passenger.Seat, passenger.Position), (fields.Reference, fields.Seat, fields.CheckInSequence));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_name_mixing_scripts_is_cut_into_runs_each_in_a_font_that_has_its_glyphs()
    {
        DocumentFonts.EnsureRegistered();
        var sans = new XFont(DocumentFonts.Sans, 10, XFontStyleEx.Bold, DocumentFonts.Options);
        var fallback = new XFont(DocumentFonts.Fallback, 10, XFontStyleEx.Bold, DocumentFonts.Options);

        var runs = DocumentFonts.Runs("Zoë 山田-Смирнова 김", sans, () => fallback);

        Assert.Equal(
            [("Zoë ", sans), ("山田", fallback), ("-Смирнова ", sans), ("김", fallback)],
            runs.Select(run => (run.Text, run.Font)).ToList());
    }

    [Fact]
    public void Text_DejaVu_covers_is_one_run_and_never_loads_the_fallback()
    {
        DocumentFonts.EnsureRegistered();
        var sans = new XFont(DocumentFonts.Sans, 10, XFontStyleEx.Regular, DocumentFonts.Options);

        var runs = DocumentFonts.Runs("Élodie Παπαδόπουλος Щукина ✈ →", sans, () => throw new InvalidOperationException("fallback loaded"));

        Assert.Equal([("Élodie Παπαδόπουλος Щукина ✈ →", sans)], runs.Select(run => (run.Text, run.Font)).ToList());
    }

    [Fact]
    public void A_boarding_pass_with_a_mixed_script_name_prints_it_on_one_line_as_written()
    {
        var booking = SampleBookings.EveryScript();
        var passenger = booking.Passengers[0] with { Name = "Mei 山田-Smith" };
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var text = ExternalTools.ExtractText(new BoardingPassRenderer().Render(booking, passenger), directory);

            Assert.Contains("Mei 山田-Smith", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
