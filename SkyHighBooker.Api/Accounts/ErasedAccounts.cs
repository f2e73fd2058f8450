using Npgsql;

namespace SkyHighBooker.Api.Accounts;

/// <summary>
/// The lock and the refusal that keep a deleted account deleted. The migration <c>ErasedAccounts</c> puts the trigger
/// <c>refuse_erased_account</c> on <c>bookings</c>, <c>users</c> and <c>travel_documents</c>: before a row for an
/// account goes in, it takes the account's lock shared (so it waits while that account is being erased) and then
/// refuses the row, with <see cref="SqlState"/>, if the account is in <c>erased_accounts</c>. The erasure takes the
/// same lock exclusively before anything else, so every insert for the account either committed before it — and is
/// erased with the rest — or comes after it and is refused.
/// </summary>
public static class ErasedAccounts
{
    /// <summary>What the trigger raises (a code of the project's own: the class "SH" is not PostgreSQL's).</summary>
    public const string SqlState = "SH410";

    public static bool Refuses(PostgresException error) => error.SqlState == SqlState;

    /// <summary>The account's lock, taken exclusively until the transaction ends; the trigger spells the same key.</summary>
    public static NpgsqlBatchCommand LockExclusively(string userId) =>
        SqlBatch.Command($"SELECT pg_advisory_xact_lock(hashtextextended('account:' || {userId}, 0))");

    public static NpgsqlBatchCommand Record(string userId, DateTimeOffset now) =>
        SqlBatch.Command($"INSERT INTO erased_accounts (user_id, erased_at) VALUES ({userId}, {now}) ON CONFLICT (user_id) DO NOTHING");
}
