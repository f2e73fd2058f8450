using System.Runtime.CompilerServices;
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
            // Spinners and loading shimmers stand still (the app honours prefers-reduced-motion): screenshots are the same
            // from run to run, and an open page does not repaint 60 times a second on a CPU shared with the tests.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) FailedResponses.Add(page, $"{response.Request.Method} {response.Url} -> {response.Status}");
        };
        return page;
    }

    private static readonly ConditionalWeakTable<IPage, List<string>> failedResponses = new();

    private static class FailedResponses
    {
        public static void Add(IPage page, string line)
        {
            var lines = failedResponses.GetOrCreateValue(page);
            lock (lines) lines.Add(line);
        }

        public static string Of(IPage page)
        {
            var lines = failedResponses.GetOrCreateValue(page);
            lock (lines) return lines.Count == 0 ? "(none)" : string.Join("\n", lines);
        }
    }

    /// <summary>
    /// Runs an expectation and, when it fails, says what the page showed and which requests failed: a browser test that
    /// fails only in a loaded full run cannot be re-run under a debugger.
    /// </summary>
    public static async Task ExpectOrDescribeAsync(IPage page, Func<Task> expectation)
    {
        try
        {
            await expectation();
        }
        catch (PlaywrightException failure)
        {
            var body = await page.InnerTextAsync("body", new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unreadable)");
            throw new Xunit.Sdk.XunitException(
                $"{failure.Message}\nAt {page.Url}, the page read:\n{body}\nFailed responses:\n{FailedResponses.Of(page)}");
        }
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
