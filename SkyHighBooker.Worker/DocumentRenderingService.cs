namespace SkyHighBooker.Worker;

/// <summary>
/// Will render boarding passes, receipts and confirmations from the document outbox; for now it only
/// reports that it is alive, so the AppHost, health checks and telemetry are wired before the real job lands.
/// </summary>
public sealed class DocumentRenderingService(ILogger<DocumentRenderingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Document worker started; no document jobs are defined yet");
        using var heartbeat = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await heartbeat.WaitForNextTickAsync(stoppingToken))
        {
            logger.LogDebug("Document worker idle");
        }
    }
}
