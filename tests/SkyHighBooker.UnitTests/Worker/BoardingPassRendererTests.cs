using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

public class BoardingPassRendererTests
{
    private readonly BoardingPassRenderer renderer = new();

    [Fact]
    public void The_pass_shows_passenger_flight_route_seat_and_booking_reference()
    {
        var booking = SampleBookings.Paid();
        var passenger = booking.Passengers[1];

        var pdf = renderer.Render(booking, passenger);

        PdfInspection.ContainsText(pdf, "Élodie Tremblay-Gagnon", "SH834", "Sky High Airways", "YUL", "Montréal", "FRA", "Frankfurt am Main",
            "12C", "Premium Economy", "ABC123", "18:35", "08:40", "Mon 22 Nov 2027", "Tue 23 Nov 2027");
        Assert.Equal(1, PdfInspection.PageCount(pdf));
    }

    [Fact]
    public void The_QR_code_scans_as_the_IATA_boarding_pass_of_the_passenger()
    {
        var booking = SampleBookings.Paid();
        var passenger = booking.Passengers[2];
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var pages = ExternalTools.RenderPages(renderer.Render(booking, passenger), directory);
            var barcodes = ExternalTools.ReadBarcodes(pages[0]);

            var barcode = Assert.Single(barcodes);
            Assert.Equal(BcbpEncoder.Encode(booking, passenger), barcode);
            var fields = BcbpDecoder.Decode(barcode);
            Assert.Equal("ABC123", fields.Reference);
            Assert.Equal("YUL", fields.From);
            Assert.Equal("FRA", fields.To);
            Assert.Equal("34F", fields.Seat);
            Assert.Equal("SH", fields.Carrier);
            Assert.Equal("834", fields.FlightNumber);
            Assert.Equal("SH834", fields.FlightDesignator);
            Assert.Equal(passenger.Seat, fields.Seat);
            Assert.Equal(booking.Flight.DepartureLocal.DayOfYear, fields.JulianDate);
            Assert.Equal(326, fields.JulianDate);
            Assert.Equal("ONEIL/SAM", fields.PassengerName);
            Assert.Equal('Y', fields.Compartment);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_QR_code_still_scans_for_a_very_long_name_in_a_full_booking()
    {
        var booking = SampleBookings.Full();
        var passenger = booking.Passengers[0];
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var pages = ExternalTools.RenderPages(renderer.Render(booking, passenger), directory);

            var fields = BcbpDecoder.Decode(Assert.Single(ExternalTools.ReadBarcodes(pages[0])));
            Assert.Equal(("XYZ789", "20A", 'J'), (fields.Reference, fields.Seat, fields.Compartment));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Every_passenger_of_a_full_booking_gets_a_one_page_pass_with_their_full_name()
    {
        var booking = SampleBookings.Full();
        foreach (var passenger in booking.Passengers)
        {
            var pdf = renderer.Render(booking, passenger);

            Assert.Equal(1, PdfInspection.PageCount(pdf));
            PdfInspection.ContainsText(pdf, passenger.Name, passenger.Seat, $"passenger {passenger.Position} of 9");
        }
    }
}
