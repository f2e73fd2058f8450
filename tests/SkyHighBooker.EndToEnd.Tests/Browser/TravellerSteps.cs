using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkyHighBooker.Testing;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>What a traveller does in the Web, step by step, through labels and roles as a person reads them.</summary>
public sealed class TravellerSteps(IPage page)
{
    public const string Password = "Browser!Traveller1";

    public static string SearchDate { get; } = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd");

    /// <summary>Sign up → enter the verification code → sign in; returns the new account's email.</summary>
    public async Task<string> SignUpAsync(string firstName, string lastName, Func<string, Task>? screenshot = null)
    {
        var email = $"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/signup");
        await page.GetByLabel("First name").FillAsync(firstName);
        await page.GetByLabel("Last name").FillAsync(lastName);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        if (screenshot is not null) await screenshot("sign-up");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByLabel("Verification code")).ToBeVisibleAsync();
        await page.GetByLabel("Verification code").FillAsync(CognitoLocalEmulator.VerificationCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify email" }).ClickAsync();

        await SignInAsync(email, Password);
        return email;
    }

    public async Task SignInAsync(string email, string password)
    {
        if (!page.Url.Contains("/signin")) await page.GotoAsync("/signin");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/signin"));
    }

    public async Task SearchAsync(string from, string to, string date, int passengers)
    {
        await page.GotoAsync("/");
        await ChooseAirportAsync("From", from);
        await ChooseAirportAsync("To", to);
        await page.GetByLabel("Departure date", new() { Exact = true }).FillAsync(date);
        await page.GetByLabel("Passengers").SelectOptionAsync(passengers.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Search flights" }).ClickAsync();
        await Expect(page.GetByTestId("flight-result").First).ToBeVisibleAsync();
    }

    public async Task ChooseAirportAsync(string label, string code)
    {
        var input = page.GetByLabel(label, new() { Exact = true });
        await input.FillAsync(code);
        var option = page.GetByRole(AriaRole.Option).Filter(new() { HasText = code }).First;
        await option.ClickAsync();
    }

    /// <param name="expectBookingPage">False for a pick that leads elsewhere (a round trip's outbound, its return's trip page).</param>
    public async Task SelectFlightAsync(string? flightNumber = null, bool expectBookingPage = true)
    {
        await Expect(page.GetByTestId("flight-result").First).ToBeVisibleAsync();
        var select = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Select {flightNumber ?? ""}") }).First;
        await select.ClickAsync();
        if (expectBookingPage) await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Book your flight" })).ToBeVisibleAsync();
    }

    /// <summary>Fills each passenger and picks economy seats a few apart from the seat map; returns the seats.</summary>
    public async Task<string[]> FillPassengersAndSeatsAsync(params (string Name, string Email)[] passengers)
    {
        var available = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Seat \d+[A-K], economy, \$") });
        await Expect(available.First).ToBeVisibleAsync();
        var seats = new List<string>();
        for (var i = 0; i < passengers.Length; i++)
        {
            await page.GetByLabel($"Passenger {i + 1} full name").FillAsync(passengers[i].Name);
            await page.GetByLabel($"Passenger {i + 1} email").FillAsync(passengers[i].Email);
            if (passengers.Length > 1) await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^Passenger {i + 1}") }).CheckAsync();
            var seat = available.Nth(3 * i + 2);
            var name = (await seat.GetAttributeAsync("aria-label") ?? await seat.InnerTextAsync()).Trim();
            seats.Add(Regex.Match(name, @"Seat (\d+[A-K])").Groups[1].Value);
            await seat.ClickAsync();
        }
        return seats.ToArray();
    }

    /// <summary>On the trip page: the one passenger, and an economy seat on each of the trip's flights; returns the seats in flight order.</summary>
    public async Task<string[]> FillTripAsync(string name, string email, int flights)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Book your trip" })).ToBeVisibleAsync();
        await page.GetByLabel("Passenger 1 full name").FillAsync(name);
        await page.GetByLabel("Passenger 1 email").FillAsync(email);
        var seats = new List<string>();
        for (var leg = 1; leg <= flights; leg++)
        {
            var seat = page.GetByTestId($"leg-{leg}").GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Seat \d+[A-K], economy, \$") }).Nth(2);
            seats.Add(Regex.Match(await seat.GetAttributeAsync("aria-label") ?? "", @"Seat (\d+[A-K])").Groups[1].Value);
            await seat.ClickAsync();
        }
        await Expect(page.GetByTestId("passenger-1-seat")).ToContainTextAsync(string.Join(" · ", seats));
        return seats.ToArray();
    }

    public async Task ContinueToPaymentAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to payment" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pay for your booking" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Card number")).ToBeVisibleAsync();
    }

    public async Task PayWithCardAsync(string cardNumber)
    {
        await page.GetByLabel("Card number").FillAsync(cardNumber);
        await page.GetByLabel("Expiry (MM/YY)").FillAsync($"12/{DateTime.UtcNow.Year % 100 + 3}");
        await page.GetByLabel("CVC").FillAsync("123");
        await page.GetByLabel("Name on card").FillAsync("Card Holder");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Pay \$") }).ClickAsync();
    }
}
