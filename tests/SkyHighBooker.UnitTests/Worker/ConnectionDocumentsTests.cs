using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

/// <summary>A connection's documents: a boarding pass page per flight, each bar code one leg; receipt and confirmation list every flight.</summary>
public class ConnectionDocumentsTests
{
    [Fact]
    public void A_passengers_boarding_pass_has_a_page_per_flight_each_scanning_as_that_leg()
    {
        var booking = SampleBookings.Connection();
        var passenger = booking.Passengers[1];
        var directory = ExternalTools.NewTemporaryDirectory();
        try
        {
            var pdf = new BoardingPassRenderer().Render(booking, passenger);

            Assert.Equal(2, PdfInspection.PageCount(pdf));
            var pages = ExternalTools.RenderPages(pdf, directory);
            var legs = pages.Select(page => BcbpDecoder.Decode(Assert.Single(ExternalTools.ReadBarcodes(page)))).ToList();
            Assert.Equal([("YUL", "FRA", "SH834", "12C", 'W'), ("FRA", "ATH", "SH2210", "3E", 'Y')],
                legs.Select(f => (f.From, f.To, f.FlightDesignator, f.Seat, f.Compartment)));
            var name = BcbpEncoder.FieldsFor(booking, passenger).PassengerName;
            Assert.All(legs, f => Assert.Equal(("CNX246", name), (f.Reference, f.PassengerName)));
            Assert.Equal(SampleBookings.Onward.DepartureLocal.DayOfYear, legs[1].JulianDate);
            PdfInspection.ContainsText(pdf, "flight 1 of 2", "flight 2 of 2", "Athens", "3E");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_one_flight_boarding_pass_stays_one_page()
    {
        var booking = SampleBookings.Paid();
        Assert.Equal(1, PdfInspection.PageCount(new BoardingPassRenderer().Render(booking, booking.Passengers[0])));
    }

    [Fact]
    public void The_receipt_lists_every_flight_and_every_seat_with_the_total_of_all_fares()
    {
        var pdf = new ReceiptRenderer().Render(SampleBookings.Connection());

        PdfInspection.ContainsText(pdf, "SH834", "SH2210", "Frankfurt am Main (FRA) → Athens (ATH)", "1A", "12C", "3D", "3E",
            "1,899.00", "899.50", "210.00", "3,218.50");
        Assert.DoesNotContain("Taxes, fees and adjustments", PdfInspection.Text(pdf));
    }

    [Fact]
    public void The_confirmation_shows_every_flight_and_where_each_passenger_sits_on_it()
    {
        var pdf = new ConfirmationRenderer().Render(SampleBookings.Connection());

        PdfInspection.ContainsText(pdf, "Flight 1 of 2", "Flight 2 of 2", "SH834", "SH2210", "YUL", "ATH", "1A", "12C", "3D", "3E", "3,218.50");
    }
}
