using System.Diagnostics;
using System.Diagnostics.Metrics;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Worker.Documents;

/// <summary>Claims due document jobs, renders each PDF and stores it under the job's fixed key, then marks it ready.</summary>
public sealed class DocumentJobProcessor(
    DocumentJobQueue queue, BookingDocumentSource source, DocumentRenderer renderer, FileStore files, ILogger<DocumentJobProcessor> logger) : IJobProcessor
{
    public const string MeterName = "SkyHighBooker.Documents";
    private static readonly ActivitySource Tracing = new(MeterName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Rendered = Meter.CreateCounter<long>("documents.rendered");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("documents.failures");

    /// <returns>How many jobs were claimed.</returns>
    public async Task<int> ProcessOnceAsync(CancellationToken ct)
    {
        var jobs = await queue.ClaimAsync(ct);
        await Task.WhenAll(jobs.Select(job => ProcessAsync(job, ct)));
        return jobs.Count;
    }

    private async Task ProcessAsync(ClaimedJob job, CancellationToken ct)
    {
        using var activity = Tracing.StartActivity($"render {job.Kind}");
        activity?.SetTag("booking.id", job.BookingId);
        try
        {
            var booking = await source.LoadAsync(job.BookingId, ct) ?? throw new InvalidOperationException($"booking {job.BookingId} not found");
            var pdf = renderer.Render(job, booking);
            await files.PutAsync(job.ObjectKey, pdf, "application/pdf", ct);
            if (await queue.CompleteAsync(job, ct))
            {
                Rendered.Add(1, new KeyValuePair<string, object?>("kind", job.Kind));
            }
            else
            {
                logger.LogWarning("Lost the lease on {Kind} {JobId}; another Worker owns it now", job.Kind, job.Id);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Failures.Add(1, new KeyValuePair<string, object?>("kind", job.Kind));
            logger.LogWarning(error, "Rendering {Kind} for booking {BookingId} failed (attempt {Attempt})", job.Kind, job.BookingId, job.Attempts);
            await queue.FailAsync(job, error.Message, CancellationToken.None);
        }
    }
}
