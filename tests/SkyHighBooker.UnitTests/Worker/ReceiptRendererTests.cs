using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

public class ReceiptRendererTests
{
    private readonly ReceiptRenderer renderer = new();

    [Fact]
    public void The_receipt_shows_number_payer_fares_total_and_payment()
    {
        var pdf = renderer.Render(SampleBookings.Paid());

        PdfInspection.ContainsText(pdf,
            "Receipt", "SHB-ABC123-20271001", "1 Oct 2027, 09:17 UTC",
            "Luc Desmarais", "luc.desmarais@example.com",
            "1,899.00 EUR", "899.50 EUR", "459.25 EUR", "3,257.75 EUR",
            "Business", "Premium Economy", "Economy", "12C", "34F",
            "Card", "Completed", "pi_3QxZk2LmN8pQrStU1vWxYz9A", "ABC123");
    }

    [Fact]
    public void One_line_per_passenger_is_listed_with_seat_cabin_and_fare()
    {
        var booking = SampleBookings.Paid();
        var text = PdfInspection.Text(renderer.Render(booking));

        foreach (var passenger in booking.Passengers)
        {
            var line = $"{passenger.Name}{passenger.Seat}{DocumentFormat.Cabin(passenger.Cabin)}{DocumentFormat.Money(passenger.Fare, "EUR")}";
            Assert.Contains(line.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_booking_without_payment_gets_a_receipt_that_says_so()
    {
        var pdf = renderer.Render(SampleBookings.Unpaid());

        PdfInspection.ContainsText(pdf, "No payment recorded", "Not paid", "3,257.75 EUR");
    }

    [Fact]
    public void Amounts_are_formatted_with_thousands_separators_two_decimals_and_the_currency_code()
    {
        Assert.Equal("1,234,567.50 USD", DocumentFormat.Money(1234567.5m, "usd"));
        Assert.Equal("0.00 EUR", DocumentFormat.Money(0m, "EUR"));
    }
}
