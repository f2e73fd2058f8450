using Microsoft.Playwright;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

public static class PhoneScreen
{
    /// <summary>Takes the screenshot and fails when the page is wider than the phone's screen.</summary>
    public static async Task ShootAsync(IPage page, string name)
    {
        await WebBrowserFixture.ScreenshotAsync(page, name);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow <= 0) return;
        var culprits = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (right edge ${Math.round(e.getBoundingClientRect().right)}px)`)
            """);
        Assert.Fail($"{name} is {overflow}px wider than a {page.ViewportSize!.Width}px phone screen; sticking out: {string.Join("; ", culprits)}");
    }
}
