namespace SkyHighBooker.Api.Identity;

/// <summary>
/// The Api's record of a Cognito user: profile attributes as last read from Cognito, the role from the token's
/// groups, and when the Api first saw the user and when they last signed in.
/// </summary>
public sealed class UserAccount
{
    /// <summary>Cognito's sub.</summary>
    public required string Id { get; set; }
    public string? Email { get; set; }
    public bool EmailVerified { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string Role { get; set; } = UserRoles.User;
    public bool MfaEnabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When the profile attributes were last read from Cognito.</summary>
    public DateTimeOffset? ProfileSyncedAt { get; set; }
}
