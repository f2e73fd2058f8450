namespace SkyHighBooker.Api.Identity;

public sealed record UserProfile(
    string Id,
    string? Email,
    bool EmailVerified,
    string? FirstName,
    string? LastName,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastLoginAt,
    bool MfaEnabled)
{
    public static UserProfile From(UserAccount u) =>
        new(u.Id, u.Email, u.EmailVerified, u.FirstName, u.LastName, u.Role, u.CreatedAt, u.LastLoginAt, u.MfaEnabled);
}

/// <summary>What a user may change about themselves; anything else in the body (role, id, email) is ignored.</summary>
public sealed record ProfileUpdate(string? FirstName, string? LastName);
