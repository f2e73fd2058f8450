using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace SkyHighBooker.Storage;

/// <summary>The bucket's files: stored encrypted at rest, handed out only through short-lived pre-signed URLs.</summary>
public sealed class FileStore(IAmazonS3 s3, IOptions<StorageSettings> options)
{
    private StorageSettings Settings => options.Value;

    // The SDK signs https URLs by default; a local emulator on plain http needs http ones.
    private Protocol PresignProtocol =>
        Settings.ServiceUrl?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS;

    public async Task PutAsync(string key, byte[] content, string contentType, CancellationToken ct)
    {
        using var body = new MemoryStream(content, writable: false);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Settings.BucketName,
            Key = key,
            InputStream = body,
            ContentType = contentType,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            // s3rver stores the SDK's chunk framing inside the object otherwise
            UseChunkEncoding = !Settings.IsLocalEmulator,
        }, ct);
    }

    /// <summary>Removes the object; one that is not there is already as wanted (S3 answers a missing key with success).</summary>
    public Task DeleteAsync(string key, CancellationToken ct) => s3.DeleteObjectAsync(Settings.BucketName, key, ct);

    public async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        try
        {
            await s3.GetObjectMetadataAsync(Settings.BucketName, key, ct);
            return true;
        }
        catch (AmazonS3Exception error) when (error.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>A link that reads the object; with <paramref name="downloadAs"/> browsers save it under that name
    /// (S3 answers with Content-Disposition: attachment; a link's download attribute is ignored across origins).</summary>
    public Task<string> PresignedGetAsync(string key, TimeSpan validFor, string? downloadAs = null)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = Settings.BucketName,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.Add(validFor),
            Protocol = PresignProtocol,
        };
        if (downloadAs is not null) request.ResponseHeaderOverrides.ContentDisposition = $"attachment; filename=\"{downloadAs}\"";
        return s3.GetPreSignedURLAsync(request);
    }

    public Task<string> PresignedPutAsync(string key, string contentType, TimeSpan validFor) => s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
    {
        BucketName = Settings.BucketName,
        Key = key,
        Verb = HttpVerb.PUT,
        ContentType = contentType,
        Expires = DateTime.UtcNow.Add(validFor),
        Protocol = PresignProtocol,
    });
}
