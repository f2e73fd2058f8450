using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkyHighBooker.Testing;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

[Collection(AppHostCollection.Name)]
public sealed class AdminDashboardInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Fact]
    public async Task An_admin_lands_on_the_dashboard_whose_charts_show_the_Apis_numbers_on_a_desktop_and_a_phone()
    {
        var (traveller, bookingId, _) = await PaidBookings.BookAndPayAsync(system);
        using (traveller) Assert.Equal("confirmed", await PaidBookings.WaitForStatusAsync(traveller, bookingId, "confirmed"));
        using var admin = system.App.CreateHttpClient(BookerResources.Api);
        var tokens = await system.CognitoUsers().SignInAsync(DevAdmin.Email, DevAdmin.Password);
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var sales = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/stats/sales")).RootElement; // the last 30 days, as the page asks
        var (bookings, revenue) = (sales.GetProperty("totalBookings").GetInt32(), sales.GetProperty("totalRevenue").GetDecimal());
        Assert.True(bookings >= 1, sales.ToString());

        foreach (var viewport in new[] { Viewports.Desktop, Viewports.Phone })
        {
            var page = await chromium.OpenAsync(system, viewport);
            await page.GotoAsync("/admin");
            await Expect(page).ToHaveURLAsync(new Regex("/signin"));
            await new TravellerSteps(page).SignInAsync(DevAdmin.Email, DevAdmin.Password);
            await Expect(page).ToHaveURLAsync(new Regex("/admin/dashboard"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();

            await Expect(page.GetByTestId("dashboard-sales-bookings")).ToHaveTextAsync(bookings.ToString(CultureInfo.InvariantCulture));
            await Expect(page.GetByTestId("dashboard-sales-revenue")).ToHaveTextAsync(revenue.ToString("C", CultureInfo.GetCultureInfo("en-US")));
            await Expect(page.Locator("[data-testid=dashboard-sales] .recharts-bar-rectangle path").First).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=dashboard-sales] path.recharts-line-curve")).ToHaveAttributeAsync("d", new Regex("^M"));
            // The seed's flights departing today are part sold, so the load factor has bars before anyone books.
            await Expect(page.Locator("[data-testid=dashboard-load-factor] .recharts-bar-rectangle path").First).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=dashboard-jobs] .recharts-bar-rectangle path").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("dashboard-cancellations").Locator("svg.recharts-surface").First).ToBeVisibleAsync();

            if (viewport == Viewports.Phone) await PhoneScreen.ShootAsync(page, "admin-dashboard");
            else await WebBrowserFixture.ScreenshotAsync(page, "admin-dashboard");
            await page.Context.CloseAsync();
        }
    }
}
