using SkyHighBooker.Storage;

namespace SkyHighBooker.Worker.Accounts;

/// <summary>Deletes a deleted account's files: its profile picture and documents (users/{id}/) and any upload it left staged.</summary>
public sealed class AccountErasureJobProcessor(AccountErasureJobQueue queue, FileStore files, ILogger<AccountErasureJobProcessor> logger) : IJobProcessor
{
    /// <summary>Where a user's files are: their own folder, and uploads started but never completed.</summary>
    public static string[] PrefixesOf(string userId) => [$"users/{userId}/", $"uploads/profile-pictures/{userId}/"];

    public async Task<int> ProcessOnceAsync(CancellationToken ct)
    {
        var jobs = await queue.ClaimAsync(ct);
        foreach (var job in jobs) await ProcessAsync(job, ct);
        return jobs.Count;
    }

    private async Task ProcessAsync(ClaimedAccountErasureJob job, CancellationToken ct)
    {
        try
        {
            var deleted = 0;
            foreach (var prefix in PrefixesOf(job.UserId)) deleted += await files.DeleteUnderAsync(prefix, ct);
            if (await queue.CompleteAsync(job, ct)) logger.LogInformation("Deleted {Count} files of erased account {JobId}", deleted, job.Id);
            else logger.LogWarning("Lost the lease on account erasure {JobId}; another Worker owns it now", job.Id);
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(error, "Erasing the files of account job {JobId} failed (attempt {Attempt}); trying again later", job.Id, job.Attempts);
            await queue.RetryLaterAsync(job, error.Message, CancellationToken.None);
        }
    }
}
