using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

/// <summary>What holds for every document: embedded fonts, metadata, reproducible bytes, safe to render in parallel.</summary>
public class DocumentOutputTests
{
    public static TheoryData<string> Documents => ["boarding pass", "receipt", "confirmation", "cancellation notice"];

    private static byte[] Render(string document, DocumentBooking booking) => document switch
    {
        "boarding pass" => new BoardingPassRenderer().Render(booking, booking.Passengers[0]),
        "receipt" => new ReceiptRenderer().Render(booking),
        "confirmation" => new ConfirmationRenderer().Render(booking),
        "cancellation notice" => new CancellationNoticeRenderer().Render(booking),
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_font_is_embedded(string document)
    {
        var fonts = PdfInspection.Fonts(Render(document, SampleBookings.Full()));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        Assert.All(fonts, font => Assert.Contains("DejaVu", font.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Metadata_names_the_document_and_takes_its_date_from_the_booking(string document)
    {
        var booking = SampleBookings.Paid();

        var (title, author, creationDate) = PdfInspection.Information(Render(document, booking));

        Assert.Equal("Sky High Booker", author);
        Assert.Contains(document == "boarding pass" ? "SH834" : "ABC123", title, StringComparison.Ordinal);
        var expected = document == "receipt" ? booking.Payment!.PaidAt : booking.CreatedAt;
        Assert.StartsWith($"D:{expected.UtcDateTime:yyyyMMddHHmmss}", creationDate, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Rendering_the_same_booking_twice_gives_identical_bytes(string document)
    {
        Assert.Equal(Render(document, SampleBookings.Paid()), Render(document, SampleBookings.Paid()));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Nine_passengers_and_a_sixty_character_name_render_with_all_text(string document)
    {
        var booking = SampleBookings.Full();
        Assert.True(SampleBookings.LongName.Length >= 60);

        var pdf = Render(document, booking);

        PdfInspection.ContainsText(pdf, SampleBookings.LongName);
        if (document != "boarding pass")
        {
            foreach (var passenger in booking.Passengers) PdfInspection.ContainsText(pdf, passenger.Name, passenger.Seat);
        }
    }

    [Fact]
    public void Names_far_longer_than_any_line_are_shortened_or_wrapped_without_failing()
    {
        var name = string.Join(' ', Enumerable.Repeat("Bartholomew-Fitzwilliam", 8));
        var booking = SampleBookings.Paid() with
        {
            Passengers = [SampleBookings.Paid().Passengers[0] with { Name = name, Email = new string('x', 150) + "@example.com" }],
            Flight = SampleBookings.Flight with { Airline = new string('A', 120), FromCity = new string('C', 120), Aircraft = new string('B', 60) },
        };

        foreach (var document in Documents) Assert.NotEmpty(Render(document, booking));
    }

    [Fact]
    public void Documents_rendered_in_parallel_are_the_same_as_rendered_one_by_one()
    {
        var booking = SampleBookings.Full();
        var expected = booking.Passengers.Select(p => new BoardingPassRenderer().Render(booking, p)).ToList();

        var parallel = new byte[booking.Passengers.Count * 4][];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = new BoardingPassRenderer().Render(booking, booking.Passengers[i % booking.Passengers.Count]));

        for (var i = 0; i < parallel.Length; i++) Assert.Equal(expected[i % expected.Count], parallel[i]);
    }
}
