namespace SkyHighBooker.Api.Accounts;

/// <summary>
/// A deleted account's tombstone. Its access token stays valid until it expires, and another Api process may not
/// have seen the deletion: a trigger on every table that a request files under a user (<see cref="ErasedAccounts"/>)
/// refuses new rows for an account listed here, so nothing of the person comes back after <see cref="AccountErasure"/>.
/// </summary>
public sealed class ErasedAccount
{
    /// <summary>The Cognito sub the account had.</summary>
    public required string UserId { get; set; }
    public DateTimeOffset ErasedAt { get; set; }
}
