namespace SkyHighBooker.Worker.Documents;

/// <summary>
/// Keeps a claimed job's lease alive while the job is worked on, however long a render takes: renews it every
/// <see cref="DocumentJobOptions.RenewEvery"/> until stopped. When a renewal finds the lease gone (it lapsed and another
/// Worker claimed the job, or the job was withdrawn), <see cref="Token"/> is cancelled, so the work stops before it
/// would store anything.
/// </summary>
public sealed class LeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenSource work;
    private readonly Task renewing;
    private int lost;

    public LeaseRenewal(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider clock, ILogger logger, CancellationToken ct)
    {
        work = CancellationTokenSource.CreateLinkedTokenSource(ct);
        renewing = RenewAsync(renew, every, clock, logger);
    }

    /// <summary>Cancelled when the Worker stops or the lease is found lost.</summary>
    public CancellationToken Token => work.Token;

    public bool Lost => Volatile.Read(ref lost) == 1;

    private async Task RenewAsync(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider clock, ILogger logger)
    {
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                bool held;
                try
                {
                    held = await renew(stopping.Token);
                }
                catch (Exception error) when (!stopping.IsCancellationRequested)
                {
                    // Two more renewals come before the lease runs out; if they fail too, the lease lapses and the job
                    // is another attempt, which is what a Worker cut off from its database should leave behind.
                    logger.LogWarning(error, "Could not renew a document job's lease; trying again");
                    continue;
                }
                if (!held)
                {
                    Volatile.Write(ref lost, 1);
                    await work.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stops renewing (waiting for a renewal under way); <see cref="Lost"/> is final after this.</summary>
    public async Task StopAsync()
    {
        if (!stopping.IsCancellationRequested) await stopping.CancelAsync();
        await renewing;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stopping.Dispose();
        work.Dispose();
    }
}
