using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.Identity;

public sealed record ProfilePictureRequest(string? ContentType, long? ContentLength);

/// <summary>Where to PUT the file, and the upload's id to complete it with once it is there.</summary>
public sealed record ProfilePictureUpload(string UploadId, string Url, string Method, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ExpiresAt);

public sealed record ProfilePictureCompletionRequest(string? UploadId);

public enum PictureCompletion { Completed, NoSuchUpload, TooLarge, NotJpegOrPng }

/// <summary>
/// users/{id}/profile-picture.jpg. The browser PUTs the file with a pre-signed URL to a staging key of its own,
/// uploads/profile-pictures/{id}/{uploadId}, because a pre-signed PUT binds neither the size nor the content (and s3rver
/// checks nothing); completing the upload checks the staged object's real size and first bytes, and only then copies
/// it to the picture's key. The staged object is deleted either way. Uploads never completed are left to the bucket's
/// lifecycle rule on the uploads/ prefix (S3 lifecycle filters match a prefix, never users/*/uploads/).
/// </summary>
public sealed class ProfilePictures(FileStore files, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public static readonly string[] AllowedTypes = ["image/jpeg", "image/png"];
    private static readonly TimeSpan UploadLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ViewLifetime = TimeSpan.FromMinutes(15);
    // Kept on the picture so completing the same upload again can tell it already became the picture.
    private const string UploadIdMetadata = "upload-id";

    public static string KeyFor(string userId) => $"users/{userId}/profile-picture.jpg";

    /// <summary>Under the caller's own id, so an upload id only ever names one of the caller's own uploads.</summary>
    public static string StagedKeyFor(string userId, Guid uploadId) => $"{StagingPrefix}profile-pictures/{userId}/{uploadId:D}";

    /// <summary>Where browsers' uploads wait to be checked; on AWS a lifecycle rule expires what is left here after a day.</summary>
    public const string StagingPrefix = "uploads/";

    public static Dictionary<string, string[]> Validate(ProfilePictureRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!AllowedTypes.Contains(request.ContentType?.Trim().ToLowerInvariant())) errors["contentType"] = ["A profile picture is a JPEG or PNG image."];
        if (request.ContentLength is not (> 0 and <= MaxBytes)) errors["contentLength"] = ["A profile picture is at most 5 MB."];
        return errors;
    }

    public async Task<ProfilePictureUpload> UploadAsync(string userId, ProfilePictureRequest request)
    {
        var contentType = request.ContentType!.Trim().ToLowerInvariant();
        var uploadId = Guid.NewGuid();
        var url = await files.PresignedPutAsync(StagedKeyFor(userId, uploadId), contentType, UploadLifetime);
        return new ProfilePictureUpload(uploadId.ToString("D"), url, "PUT", new Dictionary<string, string> { ["Content-Type"] = contentType },
            clock.GetUtcNow() + UploadLifetime);
    }

    /// <summary>
    /// Makes the staged upload the profile picture if it really is a JPEG or PNG of at most 5 MB, and deletes it.
    /// Completing an upload that already became the picture answers Completed again and changes nothing.
    /// </summary>
    public async Task<PictureCompletion> CompleteAsync(string userId, Guid uploadId, CancellationToken ct)
    {
        var stagedKey = StagedKeyFor(userId, uploadId);
        var staged = await files.DescribeAsync(stagedKey, ct);
        if (staged is null) return await AlreadyCompletedAsync(userId, uploadId, ct);

        var result = await PromoteIfAcceptableAsync(userId, uploadId, stagedKey, staged, ct);
        await files.DeleteAsync(stagedKey, ct);
        // Gone meanwhile (a concurrent completion of the same upload) or replaced since it was checked (a second PUT with
        // the same URL, which real S3 reports through the ETag conditions): what was checked is not what is there now.
        return result ?? await AlreadyCompletedAsync(userId, uploadId, ct);
    }

    private async Task<PictureCompletion?> PromoteIfAcceptableAsync(string userId, Guid uploadId, string stagedKey, StoredObject staged, CancellationToken ct)
    {
        if (staged.Size > MaxBytes) return PictureCompletion.TooLarge;
        // An empty file is no picture (and S3 refuses a ranged GET of it with 416).
        if (staged.Size == 0) return PictureCompletion.NotJpegOrPng;
        var start = await files.ReadStartAsync(stagedKey, PictureFormat.BytesToRecognise, staged.ETag, ct);
        if (start is null) return null;
        var contentType = PictureFormat.ContentTypeOf(start);
        if (contentType is null) return PictureCompletion.NotJpegOrPng;
        var copied = await files.CopyAsync(stagedKey, KeyFor(userId), staged.ETag, contentType,
            new Dictionary<string, string> { [UploadIdMetadata] = uploadId.ToString("D") }, ct);
        return copied ? PictureCompletion.Completed : null;
    }

    private async Task<PictureCompletion> AlreadyCompletedAsync(string userId, Guid uploadId, CancellationToken ct)
    {
        var picture = await files.DescribeAsync(KeyFor(userId), ct);
        return picture?.Metadata.GetValueOrDefault(UploadIdMetadata) == uploadId.ToString("D") ? PictureCompletion.Completed : PictureCompletion.NoSuchUpload;
    }

    public async Task<string?> ViewUrlAsync(string userId, CancellationToken ct) =>
        await files.ExistsAsync(KeyFor(userId), ct) ? await files.PresignedGetAsync(KeyFor(userId), ViewLifetime) : null;
}
