using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>The admin's user list and CSV export in Chromium, over the AppHost's cognito-local.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AdminUsersInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Fact]
    public async Task An_admin_lists_the_users_and_exports_them_as_cognitos_import_csv()
    {
        var page = await chromium.OpenAsync(system, Viewports.Desktop);
        await new TravellerSteps(page).SignInAsync("admin@skyhighbooker.local", "SkyHigh!Admin1");

        await page.GotoAsync("/admin/users");
        var adminRow = page.GetByTestId("admin-users-row").Filter(new() { HasText = "admin@skyhighbooker.local" });
        await adminRow.WaitForAsync();
        await Expect(adminRow).ToContainTextAsync("Administrator");
        await WebBrowserFixture.ScreenshotAsync(page, "admin-users");
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        await PhoneScreen.ShootAsync(page, "admin-users");
        await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export users (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal("sky-high-booker-users.csv", download.SuggestedFilename);
        Assert.StartsWith("name,given_name,family_name,", csv);
        Assert.Contains("admin@skyhighbooker.local", csv);
        await page.Context.CloseAsync();
    }
}
