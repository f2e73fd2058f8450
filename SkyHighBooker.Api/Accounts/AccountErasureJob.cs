using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Accounts;

/// <summary>
/// An outbox row written in the transaction that erases an account's data: the user's files in storage
/// (<c>users/{id}/</c>) to delete, which the Worker does with a lease and retries until it is done.
/// </summary>
public sealed class AccountErasureJob : LeasedJob
{
    /// <summary>The deleted user's Cognito sub: the storage prefix to empty.</summary>
    public required string UserId { get; set; }
    public string Status { get; set; } = AccountErasureJobStatus.Pending;
}
