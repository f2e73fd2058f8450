using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SkyHighBooker.Worker.Payments;

/// <summary>Claims due payment jobs and carries each out at Stripe; a failure is tried again later, never dropped.</summary>
public sealed class PaymentJobProcessor(PaymentJobQueue queue, StripeMoneyBack stripe, ILogger<PaymentJobProcessor> logger) : IJobProcessor
{
    public const string MeterName = "SkyHighBooker.Payments";
    private static readonly ActivitySource Tracing = new(MeterName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Done = Meter.CreateCounter<long>("payment_jobs.done");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("payment_jobs.failures");

    /// <returns>How many jobs were claimed.</returns>
    public async Task<int> ProcessOnceAsync(CancellationToken ct)
    {
        var jobs = await queue.ClaimAsync(ct);
        await Task.WhenAll(jobs.Select(job => ProcessAsync(job, ct)));
        return jobs.Count;
    }

    private async Task ProcessAsync(ClaimedPaymentJob job, CancellationToken ct)
    {
        using var activity = Tracing.StartActivity($"payment {job.Kind}");
        activity?.SetTag("payment.id", job.PaymentId);
        var kind = new KeyValuePair<string, object?>("kind", job.Kind);
        try
        {
            var outcome = job.Kind == "refund" ? await stripe.RefundAsync(job.IntentId, ct) : await stripe.CloseAsync(job.IntentId, ct);
            if (await queue.CompleteAsync(job, outcome, ct)) Done.Add(1, kind);
            else logger.LogWarning("Lost the lease on {Kind} {JobId}; another Worker owns it now", job.Kind, job.Id);
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Failures.Add(1, kind);
            logger.LogWarning(error, "{Kind} of payment {PaymentId} failed (attempt {Attempt}); trying again later", job.Kind, job.PaymentId, job.Attempts);
            await queue.RetryLaterAsync(job, error.Message, CancellationToken.None);
        }
    }
}
