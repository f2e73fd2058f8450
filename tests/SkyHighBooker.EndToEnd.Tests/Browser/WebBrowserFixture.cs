using Microsoft.Playwright;
using SkyHighBooker.Testing;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>
/// One Chromium for the browser tests, pointed at the Web as the AppHost serves it. Each test takes its own
/// browser context (a fresh profile: no cookies or storage from another test).
/// </summary>
public sealed class WebBrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Full-page screenshots land here (ignored by git), named by page and viewport.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        // Expect(...) waits as long as an action does (the context's 20 s below), not Playwright's 5 s: in a full test run
        // on two busy cores an admin's flight creation took longer than 5 s to show its message (a CI failure).
        Assertions.SetDefaultExpectTimeout(20_000);
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> OpenAsync(AppHostFixture system, ViewportSize viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = system.App.GetEndpoint(BookerResources.Web, "http").ToString(),
            ViewportSize = viewport,
            AcceptDownloads = true,
            Locale = "en-US",
            TimezoneId = "America/New_York",
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, $"{name}-{(page.ViewportSize!.Width < 600 ? "phone" : "desktop")}.png"),
            FullPage = true,
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
