using Microsoft.Playwright;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

public static class Viewports
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
}
