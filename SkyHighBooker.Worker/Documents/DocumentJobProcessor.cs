using System.Diagnostics;
using System.Diagnostics.Metrics;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Worker.Documents;

/// <summary>
/// Claims due document jobs; renders each PDF and stores it under the job's fixed key, then marks it ready; deletes
/// the object of a withdrawn one. A boarding pass or confirmation whose booking is no longer confirmed is withdrawn
/// instead of drawn.
/// </summary>
public sealed class DocumentJobProcessor(
    DocumentJobQueue queue, BookingDocumentSource source, DocumentRenderer renderer, FileStore files, DocumentJobOptions options,
    TimeProvider clock, ILogger<DocumentJobProcessor> logger) : IJobProcessor
{
    public const string MeterName = "SkyHighBooker.Documents";
    private static readonly ActivitySource Tracing = new(MeterName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Rendered = Meter.CreateCounter<long>("documents.rendered");
    private static readonly Counter<long> Withdrawn = Meter.CreateCounter<long>("documents.withdrawn");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("documents.failures");

    /// <returns>How many jobs were claimed.</returns>
    public async Task<int> ProcessOnceAsync(CancellationToken ct)
    {
        var jobs = await queue.ClaimAsync(ct);
        await Task.WhenAll(jobs.Select(job => ProcessAsync(job, ct)));
        return jobs.Count;
    }

    /// <summary>Carries out one claimed job, renewing its lease until done.</summary>
    internal async Task ProcessAsync(ClaimedJob job, CancellationToken ct)
    {
        using var activity = Tracing.StartActivity(job.Withdrawing ? $"withdraw {job.Kind}" : $"render {job.Kind}");
        activity?.SetTag("booking.id", job.BookingId);
        var kind = new KeyValuePair<string, object?>("kind", job.Kind);
        await using var lease = new LeaseRenewal(token => queue.RenewAsync(job, token), options.RenewEvery, clock, logger, ct);
        try
        {
            var pdf = job.Withdrawing ? null : await RenderIfStillDueAsync(job, lease.Token);
            // Renewing stops before the finish: the finish holds the job's row locked (a renewal would only wait on
            // it), and no claim takes a locked row, so the job cannot be taken over while it is stored.
            await lease.StopAsync();
            lease.Token.ThrowIfCancellationRequested();

            if (pdf is null)
            {
                if (await queue.WithdrawAsync(job, token => files.DeleteAsync(job.ObjectKey, token), ct)) Withdrawn.Add(1, kind);
                else LogLostLease(job);
            }
            else
            {
                if (await queue.CompleteAsync(job, token => files.PutAsync(job.ObjectKey, pdf, "application/pdf", token), ct)) Rendered.Add(1, kind);
                else LogLostLease(job);
            }
        }
        catch (OperationCanceledException) when (lease.Lost && !ct.IsCancellationRequested)
        {
            LogLostLease(job);
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Failures.Add(1, kind);
            logger.LogWarning(error, "{Work} {Kind} for booking {BookingId} failed (attempt {Attempt})",
                job.Withdrawing ? "Withdrawing" : "Rendering", job.Kind, job.BookingId, job.Attempts);
            await queue.FailAsync(job, error.Message, CancellationToken.None);
        }
    }

    /// <returns>The PDF, or null when the document is not to exist: a boarding pass or confirmation of a booking that is not confirmed.</returns>
    private async Task<byte[]?> RenderIfStillDueAsync(ClaimedJob job, CancellationToken ct)
    {
        var booking = await source.LoadAsync(job.BookingId, ct) ?? throw new InvalidOperationException($"booking {job.BookingId} not found");
        if (job.Kind is "boarding_pass" or "confirmation" && booking.Status != "confirmed")
        {
            logger.LogInformation("Booking {BookingId} is {Status}: its {Kind} is withdrawn, not drawn", job.BookingId, booking.Status, job.Kind);
            return null;
        }
        return renderer.Render(job, booking);
    }

    private void LogLostLease(ClaimedJob job) =>
        logger.LogWarning("Lost the lease on {Kind} {JobId} (it lapsed and another Worker took it, or it was withdrawn); stored nothing", job.Kind, job.Id);
}
