using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>A traveller's whole journey in Chromium against the system the AppHost runs: nothing is faked.</summary>
[Collection(AppHostCollection.Name)]
public sealed class TravellerJourneyInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Fact]
    public async Task Sign_up_verify_search_pick_two_seats_pay_with_4242_get_confirmed_download_the_boarding_pass_then_cancel()
    {
        var page = await chromium.OpenAsync(system, Viewports.Desktop);
        var traveller = new TravellerSteps(page);
        var email = await traveller.SignUpAsync("Ada", "Lovelace", name => WebBrowserFixture.ScreenshotAsync(page, name));

        await traveller.SearchAsync("JFK", "LAX", TravellerSteps.SearchDate, passengers: 2);
        await WebBrowserFixture.ScreenshotAsync(page, "search-results");
        await traveller.SelectFlightAsync();
        var seats = await traveller.FillPassengersAndSeatsAsync(("Ada Lovelace", email), ("Charles Babbage", "charles@example.com"));
        await WebBrowserFixture.ScreenshotAsync(page, "seat-picker");
        await traveller.ContinueToPaymentAsync();
        await WebBrowserFixture.ScreenshotAsync(page, "payment");

        await traveller.PayWithCardAsync("4242 4242 4242 4242");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your booking is confirmed" })).ToBeVisibleAsync();
        var reference = (await page.GetByTestId("booking-reference").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z0-9]{6}$", reference);
        foreach (var seat in seats) await Expect(page.GetByText(seat, new() { Exact = true }).First).ToBeVisibleAsync();

        var boardingPass = page.GetByRole(AriaRole.Link, new() { Name = "Download boarding pass for Ada Lovelace" });
        await Expect(boardingPass).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await WebBrowserFixture.ScreenshotAsync(page, "booking-confirmed");
        var download = await page.RunAndWaitForDownloadAsync(() => boardingPass.ClickAsync());
        var path = await download.PathAsync();
        var pdf = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(reference, (await QrCodes.ReadFromPdfAsync(pdf)).Substring(23, 7).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "My bookings" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"View booking {reference}" })).ToBeVisibleAsync();
        await WebBrowserFixture.ScreenshotAsync(page, "my-bookings");
        await page.GetByRole(AriaRole.Link, new() { Name = $"View booking {reference}" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = $"Cancel booking {reference}?" });
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel booking" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This booking is cancelled" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("refund-notice")).ToContainTextAsync(new Regex(@"\$[\d,]+\.\d\d has been refunded"));
        await WebBrowserFixture.ScreenshotAsync(page, "booking-cancelled");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_declined_card_says_so_and_the_booking_stays_payable()
    {
        var page = await chromium.OpenAsync(system, Viewports.Desktop);
        var traveller = new TravellerSteps(page);
        var email = await traveller.SignUpAsync("Grace", "Hopper");
        await traveller.SearchAsync("JFK", "LAX", TravellerSteps.SearchDate, passengers: 1);
        await traveller.SelectFlightAsync();
        await traveller.FillPassengersAndSeatsAsync(("Grace Hopper", email));
        await traveller.ContinueToPaymentAsync();

        await traveller.PayWithCardAsync("4000 0000 0000 0002");

        var declined = page.GetByTestId("payment-declined");
        await Expect(declined).ToContainTextAsync("Your card was declined.");
        await Expect(declined).ToContainTextAsync("You have not been charged.");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Pay \$") })).ToBeEnabledAsync();
        await WebBrowserFixture.ScreenshotAsync(page, "payment-declined");

        await traveller.PayWithCardAsync("4242 4242 4242 4242");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your booking is confirmed" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
