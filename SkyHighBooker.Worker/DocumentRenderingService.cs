using SkyHighBooker.Worker.Documents;

namespace SkyHighBooker.Worker;

/// <summary>Works the document outbox: as fast as jobs come while there are any, a short poll when idle.</summary>
public sealed class DocumentRenderingService(IServiceScopeFactory scopes, DocumentJobOptions options, ILogger<DocumentRenderingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Document worker started");
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<DocumentJobProcessor>().ProcessOnceAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "Could not claim document jobs; retrying");
                claimed = 0;
            }
            if (claimed == 0) await Task.Delay(options.IdlePollMilliseconds, stoppingToken).ContinueWith(_ => { });
        }
    }
}
