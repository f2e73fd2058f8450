using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.Documents;

public sealed class BookingDocuments(BookerDbContext db, FileStore files, TimeProvider clock)
{
    public static readonly TimeSpan DownloadUrlLifetime = TimeSpan.FromMinutes(5);

    /// <returns>Null when the booking is not the caller's (and the caller is not an admin).</returns>
    public async Task<IReadOnlyList<DocumentView>?> ForBookingAsync(Guid bookingId, string userId, bool isAdmin, CancellationToken ct)
    {
        if (!await db.Bookings.AnyAsync(b => b.Id == bookingId && (isAdmin || b.UserId == userId), ct)) return null;
        // Withdrawn documents (a cancelled booking's boarding passes and confirmation) are neither listed nor handed out.
        var jobs = await db.DocumentJobs.AsNoTracking()
            .Where(j => j.BookingId == bookingId && j.Status != DocumentJobStatus.Withdrawing && j.Status != DocumentJobStatus.Withdrawn)
            .OrderBy(j => j.Kind).ThenBy(j => j.PassengerPosition).ToListAsync(ct);
        var expiresAt = clock.GetUtcNow() + DownloadUrlLifetime;
        var views = new List<DocumentView>(jobs.Count);
        foreach (var job in jobs)
        {
            var status = job.Status switch
            {
                DocumentJobStatus.Ready => DocumentViewStatus.Ready,
                DocumentJobStatus.Failed => DocumentViewStatus.Failed,
                _ => DocumentViewStatus.Pending,
            };
            var fileName = Path.GetFileName(job.ObjectKey);
            var url = status == DocumentViewStatus.Ready ? await files.PresignedGetAsync(job.ObjectKey, DownloadUrlLifetime, downloadAs: fileName) : null;
            views.Add(new DocumentView(job.Id, job.Kind, job.PassengerPosition, fileName, status, url, url is null ? null : expiresAt));
        }
        return views;
    }

    public Task<List<FailedDocumentView>> FailedAsync(CancellationToken ct) =>
        db.DocumentJobs.AsNoTracking().Where(j => j.Status == DocumentJobStatus.Failed).OrderByDescending(j => j.UpdatedAt).Take(200)
            .Select(j => new FailedDocumentView(j.Id, j.BookingId, j.Kind, j.PassengerPosition, j.Attempts, j.LastError, j.UpdatedAt))
            .ToListAsync(ct);
}
