namespace SkyHighBooker.Worker;

/// <summary>One pass over an outbox: claims due jobs, carries them out, and says how many it claimed.</summary>
public interface IJobProcessor
{
    Task<int> ProcessOnceAsync(CancellationToken ct);
}

/// <summary>Works an outbox: as fast as jobs come while there are any, a short poll when idle.</summary>
public sealed class JobPollingService<TProcessor>(IServiceScopeFactory scopes, TimeSpan idlePoll, ILogger<JobPollingService<TProcessor>> logger)
    : BackgroundService where TProcessor : IJobProcessor
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("{Processor} started", typeof(TProcessor).Name);
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<TProcessor>().ProcessOnceAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "{Processor} could not claim jobs; retrying", typeof(TProcessor).Name);
                claimed = 0;
            }
            if (claimed == 0) await Task.Delay(idlePoll, stoppingToken).ContinueWith(_ => { });
        }
    }

    public static JobPollingService<TProcessor> Create(IServiceProvider services, int idlePollMilliseconds) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), TimeSpan.FromMilliseconds(idlePollMilliseconds),
            services.GetRequiredService<ILogger<JobPollingService<TProcessor>>>());
}
