using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.Identity;

public sealed record ProfilePictureRequest(string? ContentType, long? ContentLength);

public sealed record ProfilePictureUpload(string Url, string Method, string Key, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ExpiresAt);

/// <summary>users/{id}/profile-picture.jpg, uploaded by the browser straight to storage with a pre-signed PUT.</summary>
public sealed class ProfilePictures(FileStore files, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public static readonly string[] AllowedTypes = ["image/jpeg", "image/png"];
    private static readonly TimeSpan UploadLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ViewLifetime = TimeSpan.FromMinutes(15);

    public static string KeyFor(string userId) => $"users/{userId}/profile-picture.jpg";

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
        var url = await files.PresignedPutAsync(KeyFor(userId), contentType, UploadLifetime);
        return new ProfilePictureUpload(url, "PUT", KeyFor(userId), new Dictionary<string, string> { ["Content-Type"] = contentType },
            clock.GetUtcNow() + UploadLifetime);
    }

    public async Task<string?> ViewUrlAsync(string userId, CancellationToken ct) =>
        await files.ExistsAsync(KeyFor(userId), ct) ? await files.PresignedGetAsync(KeyFor(userId), ViewLifetime) : null;
}
