using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

[Collection(AppHostCollection.Name)]
public sealed class AdminInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Fact]
    public async Task An_admin_signs_in_on_the_way_to_the_admin_area_creates_a_flight_and_travellers_find_it_in_search()
    {
        var page = await chromium.OpenAsync(system, Viewports.Desktop);
        var steps = new TravellerSteps(page);
        await page.GotoAsync("/admin/flights");
        await Expect(page).ToHaveURLAsync(new Regex("/signin")); // signed out: sent to sign in, then brought back
        await steps.SignInAsync(DevAdmin.Email, DevAdmin.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/flights"));
        var flightNumber = $"SH{Random.Shared.Next(1000, 9999)}";
        var date = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Flights" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Loading flights…")).ToBeHiddenAsync();
        await WebBrowserFixture.ScreenshotAsync(page, "admin-flights");
        await page.GetByRole(AriaRole.Link, new() { Name = "New flight" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New flight" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create flight" }).ClickAsync();
        await Expect(page.GetByText("required", new() { Exact = false }).First).ToBeVisibleAsync(); // the Api's field messages

        await page.GetByLabel("Flight number").FillAsync(flightNumber);
        await page.GetByLabel("Airline").FillAsync("Sky High Air");
        await steps.ChooseAirportAsync("From", "JFK");
        await steps.ChooseAirportAsync("To", "LAX");
        await page.GetByLabel("Departure", new() { Exact = true }).FillAsync($"{date}T07:05");
        await page.GetByLabel("Arrival", new() { Exact = true }).FillAsync($"{date}T10:20");
        await page.GetByLabel("Price (USD)").FillAsync("199.00");
        await page.GetByLabel("Aircraft").FillAsync("Airbus A321");
        await page.GetByLabel("Total seats").FillAsync("180");
        await WebBrowserFixture.ScreenshotAsync(page, "admin-new-flight");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create flight" }).ClickAsync();
        await WebBrowserFixture.ExpectOrDescribeAsync(page, () => Expect(page.GetByText($"Flight {flightNumber} created.")).ToBeVisibleAsync());

        await steps.SearchAsync("JFK", "LAX", date, passengers: 1);
        var result = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Select {flightNumber}") });
        for (var i = 0; i < 20 && await result.CountAsync() == 0; i++)
        {
            var next = page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true });
            if (await next.CountAsync() == 0 || !await next.IsEnabledAsync()) break;
            await next.ClickAsync();
        }
        await Expect(result).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_admin_pages_fit_a_phone_screen_and_are_shot_at_both_widths()
    {
        var page = await chromium.OpenAsync(system, Viewports.Phone);
        await new TravellerSteps(page).SignInAsync(DevAdmin.Email, DevAdmin.Password);
        foreach (var (path, heading, name) in new[]
                 {
                     ("/admin/flights", "Flights", "admin-flights"), ("/admin/flights/new", "New flight", "admin-new-flight"),
                     ("/admin/bookings", "Bookings", "admin-bookings"), ("/admin/documents", "Failed documents", "admin-failed-documents"),
                     ("/admin/emails", "Failed emails", "admin-failed-emails"),
                 })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
            await Expect(page.Locator(".admin-page__loading")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
            await PhoneScreen.ShootAsync(page, name);
            await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);
            await WebBrowserFixture.ScreenshotAsync(page, name);
            await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        }
        await page.Context.CloseAsync();
    }
}
