namespace SkyHighBooker.Worker;

/// <summary>When a failed job is tried again, and what of its error is kept: the same rule for every job queue.</summary>
public static class JobRetry
{
    private const int MaxErrorLength = 2000;

    /// <summary>2, 4, 8… seconds after <paramref name="now"/> by the attempts made so far, at most <paramref name="maxBackoffSeconds"/>.</summary>
    public static DateTimeOffset NextAttemptAt(DateTimeOffset now, int attempts, int maxBackoffSeconds) =>
        now.AddSeconds(Math.Min(Math.Pow(2, attempts), maxBackoffSeconds));

    /// <summary>The error as stored in a job's <c>last_error</c>: its first 2,000 characters.</summary>
    public static string LastError(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
}
