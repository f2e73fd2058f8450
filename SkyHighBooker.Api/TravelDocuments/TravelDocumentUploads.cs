using SkyHighBooker.Api.Identity;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.TravelDocuments;

/// <summary>
/// Starts an upload the way profile pictures do: the browser PUTs the file with a pre-signed URL to a staging key of
/// the caller's own, uploads/documents/{userId}/{uploadId}, so a 10 MB scan never passes through the Api (a Lambda
/// function's request is limited to 6 MB). A pre-signed PUT binds neither size nor content: <see cref="TravelDocumentFiling"/>
/// checks what arrived before it becomes a document.
/// </summary>
public sealed class TravelDocumentUploads(FileStore files, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    private static readonly TimeSpan UploadLifetime = TimeSpan.FromMinutes(5);

    public static string StagedKeyFor(string userId, Guid uploadId) => $"{ProfilePictures.StagingPrefix}documents/{userId}/{uploadId:D}";

    public static Dictionary<string, string[]> Validate(TravelDocumentUploadRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TravelDocumentFormat.AllowedTypes.Contains(request.ContentType?.Trim().ToLowerInvariant()))
            errors["contentType"] = ["A travel document is a PDF, JPEG or PNG file."];
        if (request.ContentLength is not (> 0 and <= MaxBytes)) errors["contentLength"] = ["A travel document is at most 10 MB."];
        return errors;
    }

    public async Task<TravelDocumentUpload> StartAsync(string userId, TravelDocumentUploadRequest request)
    {
        var contentType = request.ContentType!.Trim().ToLowerInvariant();
        var uploadId = Guid.NewGuid();
        var url = await files.PresignedPutAsync(StagedKeyFor(userId, uploadId), contentType, UploadLifetime);
        return new TravelDocumentUpload(uploadId.ToString("D"), url, "PUT", new Dictionary<string, string> { ["Content-Type"] = contentType },
            clock.GetUtcNow() + UploadLifetime);
    }
}
