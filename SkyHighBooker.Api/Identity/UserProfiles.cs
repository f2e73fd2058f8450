using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Identity;

/// <summary>Profiles as Cognito holds them, mirrored in the users table and refreshed once per sign-in.</summary>
public sealed class UserProfiles(BookerDbContext db, CognitoUserApi cognito, TimeProvider clock)
{
    public async Task<UserAccount> CurrentAsync(ClaimsPrincipal principal, string accessToken, CancellationToken ct)
    {
        var account = await db.Users.SingleAsync(u => u.Id == principal.UserId(), ct);
        if (account.ProfileSyncedAt is null || account.ProfileSyncedAt < account.LastLoginAt)
        {
            Apply(account, await cognito.GetUserAsync(accessToken, ct));
            await db.SaveChangesAsync(ct);
        }
        return account;
    }

    /// <summary>Reads the profile from Cognito now, after the user changed something there themselves (MFA).</summary>
    public async Task<UserAccount> RefreshAsync(ClaimsPrincipal principal, string accessToken, CancellationToken ct)
    {
        var account = await db.Users.SingleAsync(u => u.Id == principal.UserId(), ct);
        Apply(account, await cognito.GetUserAsync(accessToken, ct));
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<UserAccount> UpdateAsync(ClaimsPrincipal principal, string accessToken, string firstName, string lastName, CancellationToken ct)
    {
        await cognito.UpdateAttributesAsync(accessToken, [new("given_name", firstName), new("family_name", lastName)], ct);
        var account = await db.Users.SingleAsync(u => u.Id == principal.UserId(), ct);
        Apply(account, await cognito.GetUserAsync(accessToken, ct));
        await db.SaveChangesAsync(ct);
        return account;
    }

    private void Apply(UserAccount account, CognitoUserApi.User user)
    {
        account.Email = user["email"];
        // cognito-local does not set email_verified when a sign-up is confirmed; a confirmed user could not sign in otherwise
        account.EmailVerified = user["email_verified"] is not "false";
        account.FirstName = user["given_name"];
        account.LastName = user["family_name"];
        account.MfaEnabled = user.UserMFASettingList is { Count: > 0 };
        account.ProfileSyncedAt = clock.GetUtcNow();
        account.UpdatedAt = clock.GetUtcNow();
    }
}
