using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>
/// The design's S3 layout as a traveller meets it: the site logo, airline logos, the route map and the aircraft image from
/// the public prefixes, served from the site's own origin; travel documents under users/{id}/documents/ reached only with
/// pre-signed links.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class S3LayoutInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    private static readonly byte[] PassportScan = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Logos_in_results_the_route_map_and_aircraft_on_the_flight_page_and_a_passport_scan_uploaded_downloaded_and_deleted(int width)
    {
        var phone = width < 600;
        var page = await chromium.OpenAsync(system, phone ? Viewports.Phone : Viewports.Desktop);
        Task Shoot(string name) => phone ? PhoneScreen.ShootAsync(page, name) : WebBrowserFixture.ScreenshotAsync(page, name);
        var traveller = new TravellerSteps(page);
        await traveller.SignUpAsync("Katherine", "Johnson");

        await AssertImagesShownAsync(page, "img[data-testid=site-logo]");
        await WaitForRouteMapAsync(page, "/flights/route-maps/JFK-LAX.svg");

        await traveller.SearchAsync("JFK", "LAX", TravellerSteps.SearchDate, passengers: 1);
        await AssertImagesShownAsync(page, "[data-testid=flight-result] img.airline-logo");
        await Shoot("search-results-with-logos");

        await traveller.SelectFlightAsync();
        var summary = page.GetByTestId("flight-summary");
        await AssertImagesShownAsync(page, "[data-testid=flight-summary] img.airline-logo");
        await Expect(summary.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("side view and cabin layout$") })).ToBeVisibleAsync();
        await AssertImagesShownAsync(page, "[data-testid=aircraft-image] img");
        await Expect(summary.GetByRole(AriaRole.Img, new() { Name = "Route map: JFK to LAX along the great circle" })).ToBeVisibleAsync();
        await AssertImagesShownAsync(page, "[data-testid=route-map] img");
        await Shoot("flight-page-with-route-map-and-aircraft");

        await page.GotoAsync("/account");
        await page.GetByLabel("Add a document").SetInputFilesAsync(new FilePayload { Name = "passport.pdf", MimeType = "application/pdf", Buffer = PassportScan });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload document" }).ClickAsync();
        await Expect(page.GetByTestId("document-uploaded")).ToHaveTextAsync("passport.pdf is saved with your account.");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "passport.pdf" });
        await Expect(link).ToHaveAttributeAsync("href", new Regex("/users/[^/]+/documents/[0-9a-f-]{36}\\.pdf\\?"));
        var href = (await link.GetAttributeAsync("href"))!;
        var download = await page.APIRequest.GetAsync(href);
        Assert.Equal(PassportScan, await download.BodyAsync());
        await Shoot("account-travel-documents");

        await AssertPrivateKeyNotServedByTheSiteAsync(page, new Uri(href).AbsolutePath);

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete passport.pdf" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete document" }).ClickAsync();
        await Expect(page.GetByTestId("documents-empty")).ToBeVisibleAsync();
        Assert.Equal(404, (await page.APIRequest.GetAsync(href)).Status);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The Worker draws the route maps in the background after it starts (about a thousand routes into an empty s3rver),
    /// so the test waits for the one it shows rather than racing it: the page hides a map that is not there yet.
    /// </summary>
    private static async Task WaitForRouteMapAsync(IPage page, string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await page.APIRequest.HeadAsync(path)).Status != 200)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"{path} was not published within two minutes of the Worker's start");
            await Task.Delay(500);
        }
    }

    /// <summary>Every image the selector finds has loaded (an SVG from the public prefixes, not the fallback badge).</summary>
    private static async Task AssertImagesShownAsync(IPage page, string selector)
    {
        await Expect(page.Locator(selector).First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync(
            "s => { const images = [...document.querySelectorAll(s)]; return images.length > 0 && images.every(i => i.complete && i.naturalWidth > 0); }",
            selector);
    }

    /// <summary>
    /// The site serves the public prefixes only: a private key (users/…, bookings/…) asked of the site's origin, plainly
    /// or smuggled through /static/ with an encoded dot-dot, never answers the object.
    /// </summary>
    private static async Task AssertPrivateKeyNotServedByTheSiteAsync(IPage page, string bucketPath)
    {
        var key = Regex.Match(bucketPath, "/(users/.+)$").Groups[1].Value;
        Assert.StartsWith("users/", key);
        var logo = await page.APIRequest.GetAsync("/static/airline-logos/AA.svg");
        Assert.Equal(200, logo.Status);
        Assert.Equal("image/svg+xml", logo.Headers["content-type"]);

        foreach (var path in new[] { $"/{key}", $"/static/..%2F{key.Replace("/", "%2F")}", $"/static/%2E%2E/{key}", $"/flights/aircraft-images/..%2F..%2F{key.Replace("/", "%2F")}", $"/flights/route-maps/..%2F..%2F{key.Replace("/", "%2F")}", "/bookings/00000000-0000-0000-0000-000000000000/receipt.pdf" })
        {
            var response = await page.APIRequest.GetAsync(path);
            var body = await response.BodyAsync();
            Assert.False(body.AsSpan().StartsWith("%PDF"u8), $"{path} answered the private object");
            var type = response.Headers.GetValueOrDefault("content-type") ?? "";
            // refused (404, or 400 for a path Kestrel will not take) or the app's own page for an unknown route
            Assert.True(response.Status is 400 or 404 || type.StartsWith("text/html"), $"{path}: {response.Status} {type}");
        }
    }
}
