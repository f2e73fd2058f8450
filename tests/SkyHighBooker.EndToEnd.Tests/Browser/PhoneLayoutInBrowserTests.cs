using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>The main pages at phone width: nothing is wider than the screen; screenshots of each for a person to look at.</summary>
[Collection(AppHostCollection.Name)]
public sealed class PhoneLayoutInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Fact]
    public async Task The_main_pages_fit_a_phone_screen_and_a_profile_picture_uploads_to_storage()
    {
        var page = await chromium.OpenAsync(system, Viewports.Phone);
        var traveller = new TravellerSteps(page);
        var email = await traveller.SignUpAsync("Mary", "Jackson", name => PhoneScreen.ShootAsync(page, name));

        await traveller.SearchAsync("JFK", "LAX", TravellerSteps.SearchDate, passengers: 2);
        await PhoneScreen.ShootAsync(page, "search-results");
        await traveller.SelectFlightAsync();
        await traveller.FillPassengersAndSeatsAsync(("Mary Jackson", email), ("Dorothy Vaughan", "dorothy@example.com"));
        await PhoneScreen.ShootAsync(page, "seat-picker");
        await traveller.ContinueToPaymentAsync();
        await PhoneScreen.ShootAsync(page, "payment");
        await traveller.PayWithCardAsync("4242 4242 4242 4242");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your booking is confirmed" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download receipt" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await PhoneScreen.ShootAsync(page, "booking-confirmed");

        await page.GotoAsync("/bookings");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My bookings" })).ToBeVisibleAsync();
        await PhoneScreen.ShootAsync(page, "my-bookings");
        await page.GotoAsync("/account");
        await page.GetByLabel("Choose a picture").SetInputFilesAsync(new FilePayload
        {
            Name = "me.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload picture" }).ClickAsync();
        var picture = page.GetByRole(AriaRole.Img, new() { Name = "Your profile picture" });
        await Expect(picture).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("users/.+/profile-picture"));
        await page.WaitForFunctionAsync("() => [...document.images].some(i => i.alt === 'Your profile picture' && i.complete && i.naturalWidth > 0)");
        await PhoneScreen.ShootAsync(page, "account");
        await page.Context.CloseAsync();
    }
}
