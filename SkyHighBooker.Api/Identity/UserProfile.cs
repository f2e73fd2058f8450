using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.Identity;

public sealed record UserProfile(
    string Id,
    string? Email,
    bool EmailVerified,
    string? FirstName,
    string? LastName,
    [property: AllowedValuesFrom(typeof(UserRoles))] string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastLoginAt,
    bool MfaEnabled,
    string? ProfilePictureUrl)
{
    public static UserProfile From(UserAccount u, string? profilePictureUrl) =>
        new(u.Id, u.Email, u.EmailVerified, u.FirstName, u.LastName, u.Role, u.CreatedAt, u.LastLoginAt, u.MfaEnabled, profilePictureUrl);
}

/// <summary>What a user may change about themselves; anything else in the body (role, id, email) is ignored.</summary>
public sealed record ProfileUpdate(string? FirstName, string? LastName);
