using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>A one-stop connection from the seeded schedule booked, paid and confirmed as one booking, at phone and desktop widths.</summary>
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

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Book your trip" })).ToBeVisibleAsync();
        await page.GetByLabel("Passenger 1 full name").FillAsync("Amelia Earhart");
        await page.GetByLabel("Passenger 1 email").FillAsync(email);
        var seats = new List<string>();
        foreach (var leg in new[] { page.GetByTestId("leg-1"), page.GetByTestId("leg-2") })
        {
            var seat = leg.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Seat \d+[A-K], economy, \$") }).Nth(2);
            seats.Add(Regex.Match(await seat.GetAttributeAsync("aria-label") ?? "", @"Seat (\d+[A-K])").Groups[1].Value);
            await seat.ClickAsync();
        }
        await Expect(page.GetByTestId("passenger-1-seat")).ToContainTextAsync($"{seats[0]} · {seats[1]}");
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
}
