using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkyHighBooker.Testing;
using static Microsoft.Playwright.Assertions;

namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>Two-step verification in Chromium against the AppHost's cognito-local: codes computed as an authenticator app does.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AccountSecurityInBrowserTests(AppHostFixture system, WebBrowserFixture chromium)
{
    [Fact]
    public async Task A_traveller_turns_on_two_step_verification_then_signs_in_with_a_code_after_a_wrong_one_is_refused()
    {
        var page = await chromium.OpenAsync(system, Viewports.Desktop);
        var traveller = new TravellerSteps(page);
        var email = await traveller.SignUpAsync("Hedy", "Lamarr");

        await page.GotoAsync("/account");
        // an action, so it waits for the profile's first load as long as any action may
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-step verification" }).ClickAsync();
        await Expect(page.GetByTestId("account-mfa")).ToHaveTextAsync("Off");
        var secretShown = page.GetByTestId("mfa-secret");
        await Expect(secretShown).ToBeVisibleAsync();
        await Expect(page.GetByTestId("mfa-qr")).ToBeVisibleAsync();
        var secret = (await secretShown.GetAttributeAsync("data-secret"))!;
        Assert.Equal(secret, (await secretShown.InnerTextAsync()).Replace(" ", ""));
        await WebBrowserFixture.ScreenshotAsync(page, "account-mfa-setup");
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        await PhoneScreen.ShootAsync(page, "account-mfa-setup");
        await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);

        await page.GetByLabel("Authenticator code").FillAsync(TotpCodes.Now(secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("mfa-state")).ToHaveTextAsync("On");
        await Expect(page.GetByTestId("account-mfa")).ToHaveTextAsync("On");

        await page.GetByTestId("user-menu-button").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        // The menu leaves for home first and signs out there: going to /signin before that ends the session would be
        // sent on as signed in.
        await Expect(page.GetByTestId("sign-in-link")).ToBeVisibleAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TravellerSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two-step verification" })).ToBeVisibleAsync();
        await page.GetByLabel("Authenticator code").FillAsync(TotpCodes.Wrong(secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("mfa-signin-code-error")).ToHaveTextAsync("That code is not right. Enter the 6-digit code your authenticator app shows now.");
        await WebBrowserFixture.ScreenshotAsync(page, "sign-in-mfa-code");
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        await PhoneScreen.ShootAsync(page, "sign-in-mfa-code");
        await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);
        await Expect(page).ToHaveURLAsync(new Regex("/signin"));

        await page.GetByLabel("Authenticator code").FillAsync(TotpCodes.Now(secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/signin"));
        // Through the menu, not a reload: cognito-local does not keep the refresh token RespondToAuthChallenge hands out,
        // so restoring the session on a reload would fail here (real Cognito keeps it).
        await page.GetByTestId("user-menu-button").ClickAsync();
        await page.GetByTestId("my-account-link").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off two-step verification" }).WaitForAsync();
        await Expect(page.GetByTestId("account-email")).ToHaveTextAsync(email);
        await Expect(page.GetByTestId("mfa-state")).ToHaveTextAsync("On");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_traveller_changes_their_password_then_deletes_their_account_and_can_no_longer_sign_in()
    {
        const string newPassword = "Browser!Changed2";
        var page = await chromium.OpenAsync(system, Viewports.Desktop);
        var traveller = new TravellerSteps(page);
        var email = await traveller.SignUpAsync("Rosalind", "Franklin");
        await page.GotoAsync("/account");
        await page.GetByLabel("Current password").FillAsync("Not!MyPassword9");
        await Expect(page.GetByTestId("account-email")).ToHaveTextAsync(email);
        await page.GetByLabel("New password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByTestId("current-password-error")).ToHaveTextAsync("Your current password is not right.");

        await page.GetByLabel("Current password").FillAsync(TravellerSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByTestId("password-changed")).ToBeVisibleAsync();
        await WebBrowserFixture.ScreenshotAsync(page, "account");
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        await PhoneScreen.ShootAsync(page, "account");

        await page.GetByLabel("Type DELETE to confirm").FillAsync("DELETE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Delete your account?" });
        await Expect(dialog).ToBeVisibleAsync();
        await PhoneScreen.ShootAsync(page, "account-delete-confirm");
        await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);
        await WebBrowserFixture.ScreenshotAsync(page, "account-delete-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Yes, delete my account" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await Expect(page.GetByTestId("account-notice")).ToHaveTextAsync("Your account is deleted.");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("signin-form-error")).ToHaveTextAsync("Incorrect username or password.");
        await page.Context.CloseAsync();
    }
}
