using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>The search page's fares strip and connections over the seeded schedule, at phone and desktop widths, with screenshots.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ItinerarySearchInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_one_way_search_shows_the_months_fares_and_the_connections_and_picking_a_day_searches_it(bool phone)
    {
        var page = await chromium.OpenAsync(system, phone ? Viewports.Phone : Viewports.Desktop);
        var traveller = new TravellerSteps(page);

        await traveller.SearchAsync("BOS", "SFO", TravellerSteps.SearchDate, passengers: 1);
        await Expect(page.GetByTestId("itinerary-result").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("layover").First).ToContainTextAsync("layover in");
        await Expect(page.Locator("[data-testid=fare-day][aria-pressed=true]")).ToBeVisibleAsync();
        if (phone) await PhoneScreen.ShootAsync(page, "itinerary-search");
        else await WebBrowserFixture.ScreenshotAsync(page, "itinerary-search");

        // The day after, or before when the search is on the month's last day.
        var searched = DateOnly.ParseExact(TravellerSteps.SearchDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var other = searched.AddDays(1).Month == searched.Month ? searched.AddDays(1) : searched.AddDays(-1);
        await page.GetByTestId("fare-day").Nth(other.Day - 1).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"date={other:yyyy-MM-dd}"));
        await Expect(page.GetByTestId("fare-day").Nth(other.Day - 1)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("flight-result").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
