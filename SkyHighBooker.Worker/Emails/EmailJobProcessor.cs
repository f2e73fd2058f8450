using System.Diagnostics;
using System.Diagnostics.Metrics;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Worker.Emails;

/// <summary>
/// Claims due email jobs and sends each to the booking's traveller with its documents; an unreachable mail server is
/// tried again later, never given up on; a confirmation whose booking was cancelled before it went out is skipped.
/// </summary>
public sealed class EmailJobProcessor(EmailJobQueue queue, BookingEmailSource source, FileStore files, SmtpMailer mailer, IOptions<SmtpSettings> smtp,
    ILogger<EmailJobProcessor> logger) : IJobProcessor
{
    public const string MeterName = "SkyHighBooker.Emails";
    private static readonly ActivitySource Tracing = new(MeterName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Sent = Meter.CreateCounter<long>("emails.sent");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("emails.failures");

    /// <returns>How many jobs were claimed.</returns>
    public async Task<int> ProcessOnceAsync(CancellationToken ct)
    {
        var jobs = await queue.ClaimAsync(ct);
        await Task.WhenAll(jobs.Select(job => ProcessAsync(job, ct)));
        return jobs.Count;
    }

    private async Task ProcessAsync(ClaimedEmailJob job, CancellationToken ct)
    {
        using var activity = Tracing.StartActivity($"email {job.Kind}");
        activity?.SetTag("booking.id", job.BookingId);
        var kind = new KeyValuePair<string, object?>("kind", job.Kind);
        try
        {
            var email = await source.LoadAsync(job.BookingId, job.Kind, ct) ?? throw new InvalidOperationException($"booking {job.BookingId} not found");
            if (job.Kind == EmailKind.BookingConfirmed && email.Booking.Status != BookingStatus.Confirmed)
            {
                logger.LogInformation("Booking {BookingId} is {Status}: its confirmation email is not sent", job.BookingId, email.Booking.Status);
                await queue.EndUnsentAsync(job, EmailJobStatus.Skipped, $"booking {email.Booking.Status} before the email went out", ct);
                return;
            }
            var message = BookingEmailComposer.Compose(job.Kind, email, await DocumentsAsync(email.Documents, ct), smtp.Value);
            if (await queue.SendAsync(job, token => mailer.SendAsync(message, token), ct)) Sent.Add(1, kind);
            else logger.LogWarning("Lost the lease on email {Kind} {JobId}; another Worker owns it now", job.Kind, job.Id);
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500)
        {
            Failures.Add(1, kind);
            logger.LogError(refused, "The mail server refused email {Kind} of booking {BookingId} for good", job.Kind, job.BookingId);
            await queue.EndUnsentAsync(job, EmailJobStatus.Failed, refused.Message, CancellationToken.None);
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Failures.Add(1, kind);
            logger.LogWarning(error, "Email {Kind} of booking {BookingId} failed (attempt {Attempt}); trying again later", job.Kind, job.BookingId, job.Attempts);
            await queue.RetryLaterAsync(job, error.Message, CancellationToken.None);
        }
    }

    /// <summary>The documents attached when they fit <see cref="SmtpSettings.MaxAttachmentBytes"/> together, otherwise linked.</summary>
    private async Task<IReadOnlyList<EmailDocument>> DocumentsAsync(IReadOnlyList<StoredDocument> stored, CancellationToken ct)
    {
        var settings = smtp.Value;
        var contents = new List<(StoredDocument Stored, byte[] Content)>();
        long total = 0;
        foreach (var document in stored)
        {
            var content = await files.ReadAsync(document.ObjectKey, ct) ?? throw new InvalidOperationException($"{document.ObjectKey} is not in storage");
            total += content.Length;
            if (total > settings.MaxAttachmentBytes) return await LinksAsync(stored, settings);
            contents.Add((document, content));
        }
        return contents.Select(d => new EmailDocument(d.Stored, d.Content, null)).ToList();
    }

    private async Task<IReadOnlyList<EmailDocument>> LinksAsync(IReadOnlyList<StoredDocument> stored, SmtpSettings settings)
    {
        var links = new List<EmailDocument>();
        foreach (var document in stored)
        {
            links.Add(new EmailDocument(document, null,
                await files.PresignedGetAsync(document.ObjectKey, TimeSpan.FromHours(settings.LinkValidHours), document.FileName)));
        }
        return links;
    }
}
