namespace SkyHighBooker.Schema;

/// <summary>Where the erasure of a deleted account's files stands (account_erasure_jobs.status): the Api queues, the Worker works.</summary>
public static class AccountErasureJobStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Done = "done";

    public static readonly string[] All = [Pending, Running, Done];

    /// <summary>The one kind so far: delete everything under users/{id}/ in storage.</summary>
    public const string DeleteFilesKind = "delete-files";
}
