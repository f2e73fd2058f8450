namespace SkyHighBooker.EndToEnd.Tests.Browser;

/// <summary>The dev admin account the AppHost's Cognito setup creates (Cognito:AdminEmail and Cognito:AdminPassword in its settings).</summary>
public static class DevAdmin
{
    public const string Email = "admin@skyhighbooker.local";
    public const string Password = "SkyHigh!Admin1";
}
