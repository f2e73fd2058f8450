using System.Security.Claims;

namespace SkyHighBooker.Api.Identity;

/// <summary>What the Api reads from a validated Cognito access token.</summary>
public static class CognitoClaims
{
    public const string Subject = "sub";
    public const string Groups = "cognito:groups";
    public const string TokenUse = "token_use";
    public const string ClientId = "client_id";
    public const string AuthTime = "auth_time";
    public const string AdminGroup = "admin";

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Subject) ?? throw new InvalidOperationException("an authenticated user always has a sub claim");

    public static bool IsAdmin(this ClaimsPrincipal user) => user.HasClaim(Groups, AdminGroup);

    public static string Role(this ClaimsPrincipal user) => user.IsAdmin() ? UserRoles.Admin : UserRoles.User;

    public static DateTimeOffset? AuthenticatedAt(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AuthTime), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
