using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>Trips of several flights from the seeded schedule booked, paid and confirmed as one booking: a one-stop connection (at phone and desktop widths) and a round trip.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ItineraryBookingInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_connection_is_booked_with_a_seat_on_each_flight_paid_once_and_confirmed_as_one_booking(bool phone)
    {
        var page = await chromium.OpenAsync(system, phone ? Viewports.Phone : Viewports.Desktop);
        var traveller = new TravellerSteps(page);
        var email = await traveller.SignUpAsync("Amelia", "Earhart");
        async Task ShootAsync(string name)
        {
            if (phone) await PhoneScreen.ShootAsync(page, name);
            else await WebBrowserFixture.ScreenshotAsync(page, name);
        }

        await traveller.SearchAsync("BOS", "SFO", TravellerSteps.SearchDate, passengers: 1);
        var connection = page.GetByTestId("itinerary-result").First;
        await connection.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Select ") }).ClickAsync();

        var seats = await traveller.FillTripAsync("Amelia Earhart", email, flights: 2);
        await ShootAsync("trip-seat-picker");
        await traveller.ContinueToPaymentAsync();

        await traveller.PayWithCardAsync("4242 4242 4242 4242");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your booking is confirmed" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("booking-segment")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("booking-passenger")).ToContainTextAsync(new Regex($@"{seats[0]}\b.*{seats[1]}\b"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download boarding pass for Amelia Earhart" }))
            .ToBeVisibleAsync(new() { Timeout = 30_000 });
        await ShootAsync("trip-confirmed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_round_trip_is_chosen_outbound_then_return_and_booked_and_paid_as_one_booking()
    {
        var page = await chromium.OpenAsync(system, Viewports.Desktop);
        var traveller = new TravellerSteps(page);
        var email = await traveller.SignUpAsync("Bessie", "Coleman");
        var returning = DateOnly.Parse(TravellerSteps.SearchDate, System.Globalization.CultureInfo.InvariantCulture).AddDays(7);

        await page.GotoAsync($"/?trip=round&from=JFK&to=LAX&date={TravellerSteps.SearchDate}&returnDate={returning:yyyy-MM-dd}&passengers=1");
        await traveller.SelectFlightAsync(expectBookingPage: false);
        await Expect(page.GetByTestId("chosen-outbound")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose your return flight" })).ToBeVisibleAsync();
        await traveller.SelectFlightAsync(expectBookingPage: false);
        var seats = await traveller.FillTripAsync("Bessie Coleman", email, flights: 2);
        await traveller.ContinueToPaymentAsync();
        await traveller.PayWithCardAsync("4242 4242 4242 4242");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your booking is confirmed" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("booking-summary")).ToContainTextAsync("JFK → LAX → JFK");
        await Expect(page.GetByTestId("booking-passenger")).ToContainTextAsync(new Regex($@"{seats[0]}\b.*{seats[1]}\b"));
        await WebBrowserFixture.ScreenshotAsync(page, "round-trip-confirmed");
        await page.Context.CloseAsync();
    }
}
