using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.TravelDocuments;

/// <summary>A traveller's own documents: listed and handed out with short-lived pre-signed links, and deleted. Every
/// query names the owner, so another user's document is simply not found.</summary>
public sealed class TravelDocumentLibrary(BookerDbContext db, FileStore files, TimeProvider clock)
{
    public static readonly TimeSpan DownloadUrlLifetime = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<TravelDocumentView>> ListAsync(string userId, CancellationToken ct)
    {
        var documents = await db.TravelDocuments.AsNoTracking().Where(d => d.UserId == userId).OrderByDescending(d => d.CreatedAt).ToListAsync(ct);
        var views = new List<TravelDocumentView>(documents.Count);
        foreach (var document in documents) views.Add(await ViewAsync(document));
        return views;
    }

    public async Task<TravelDocumentView?> FindAsync(string userId, Guid id, CancellationToken ct)
    {
        var document = await db.TravelDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.UserId == userId, ct);
        return document is null ? null : await ViewAsync(document);
    }

    /// <summary>Deletes the file, then the row: a failure between the two leaves the document listed, so deleting again finishes it.</summary>
    /// <returns>False when the caller has no such document.</returns>
    public async Task<bool> DeleteAsync(string userId, Guid id, CancellationToken ct)
    {
        var document = await db.TravelDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.UserId == userId, ct);
        if (document is null) return false;
        await files.DeleteAsync(document.ObjectKey, ct);
        await db.TravelDocuments.Where(d => d.Id == id && d.UserId == userId).ExecuteDeleteAsync(ct);
        return true;
    }

    private async Task<TravelDocumentView> ViewAsync(TravelDocument document)
    {
        var url = await files.PresignedGetAsync(document.ObjectKey, DownloadUrlLifetime, downloadAs: DownloadName(document));
        return new TravelDocumentView(document.Id, document.FileName, document.ContentType, document.SizeBytes, document.CreatedAt,
            url, clock.GetUtcNow() + DownloadUrlLifetime);
    }

    /// <summary>The traveller's name for the file, reduced to what fits a quoted Content-Disposition filename in any HTTP stack.</summary>
    public static string DownloadName(TravelDocument document)
    {
        var extension = TravelDocumentFormat.ExtensionFor(document.ContentType);
        var stem = Path.GetFileNameWithoutExtension(document.FileName);
        var safe = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' ? c : '_').ToArray()).Trim();
        return (safe.Length == 0 ? "document" : safe) + extension;
    }
}
