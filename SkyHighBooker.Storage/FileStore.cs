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

    /// <param name="cacheControl">Only for public assets, which a CDN and browsers may keep.</param>
    public async Task PutAsync(string key, byte[] content, string contentType, CancellationToken ct, string? cacheControl = null)
    {
        using var body = new MemoryStream(content, writable: false);
        var request = new PutObjectRequest
        {
            BucketName = Settings.BucketName,
            Key = key,
            InputStream = body,
            ContentType = contentType,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            // s3rver stores the SDK's chunk framing inside the object otherwise
            UseChunkEncoding = !Settings.IsLocalEmulator,
        };
        if (cacheControl is not null) request.Headers.CacheControl = cacheControl;
        await s3.PutObjectAsync(request, ct);
    }

    /// <summary>The ETag of every object under <paramref name="prefix"/> (for a single-part upload, the hex MD5 of its bytes).</summary>
    public async Task<Dictionary<string, string>> ListETagsAsync(string prefix, CancellationToken ct)
    {
        var etags = new Dictionary<string, string>();
        var request = new ListObjectsV2Request { BucketName = Settings.BucketName, Prefix = prefix };
        ListObjectsV2Response page;
        do
        {
            page = await s3.ListObjectsV2Async(request, ct);
            foreach (var item in page.S3Objects ?? []) etags[item.Key] = item.ETag.Trim('"');
            request.ContinuationToken = page.NextContinuationToken;
        } while (page.IsTruncated == true);
        return etags;
    }

    /// <summary>The whole object, or null when there is none.</summary>
    public async Task<byte[]?> ReadAsync(string key, CancellationToken ct)
    {
        try
        {
            using var response = await s3.GetObjectAsync(Settings.BucketName, key, ct);
            using var content = new MemoryStream();
            await response.ResponseStream.CopyToAsync(content, ct);
            return content.ToArray();
        }
        catch (AmazonS3Exception error) when (error.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Removes the object; one that is not there is already as wanted (S3 answers a missing key with success).</summary>
    public Task DeleteAsync(string key, CancellationToken ct) => s3.DeleteObjectAsync(Settings.BucketName, key, ct);

    /// <summary>Deletes every object whose key starts with <paramref name="prefix"/>, a page at a time; returns how many.</summary>
    public async Task<int> DeleteUnderAsync(string prefix, CancellationToken ct)
    {
        var deleted = 0;
        string? continuation = null;
        do
        {
            var page = await s3.ListObjectsV2Async(new ListObjectsV2Request
            {
                BucketName = Settings.BucketName,
                Prefix = prefix,
                ContinuationToken = continuation,
            }, ct);
            // One DeleteObject per key rather than DeleteObjects: s3rver needs the batch call's Content-MD5, which the SDK
            // leaves out, and a user has a handful of files.
            foreach (var item in page.S3Objects ?? [])
            {
                await s3.DeleteObjectAsync(Settings.BucketName, item.Key, ct);
                deleted++;
            }
            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);
        return deleted;
    }

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

    /// <summary>What storage itself says about the object (its real size, not what an uploader declared), or null when there is none.</summary>
    public async Task<StoredObject?> DescribeAsync(string key, CancellationToken ct)
    {
        try
        {
            var head = await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = Settings.BucketName, Key = key }, ct);
            return new StoredObject(head.ContentLength, head.ETag, head.Headers.ContentType,
                head.Metadata.Keys.ToDictionary(k => k.Replace("x-amz-meta-", "", StringComparison.OrdinalIgnoreCase), k => head.Metadata[k]));
        }
        catch (AmazonS3Exception error) when (error.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// The object's first <paramref name="count"/> bytes (fewer when it is shorter) with a ranged GET, so checking a file's
    /// type never downloads all of it; null when the object is gone, or (on real S3) no longer has <paramref name="eTag"/>.
    /// </summary>
    public async Task<byte[]?> ReadStartAsync(string key, int count, string eTag, CancellationToken ct)
    {
        try
        {
            using var response = await s3.GetObjectAsync(new GetObjectRequest
            {
                BucketName = Settings.BucketName,
                Key = key,
                ByteRange = new ByteRange(0, count - 1),
                EtagToMatch = eTag,
            }, ct);
            using var buffer = new MemoryStream(count);
            await response.ResponseStream.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception error) when (error.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
    }

    /// <summary>
    /// Copies the object within the bucket with a new content type and metadata, encrypted at rest. Only the version with
    /// <paramref name="eTag"/> is copied (real S3 answers 412 otherwise; s3rver ignores the condition): false when it is gone or changed.
    /// </summary>
    public async Task<bool> CopyAsync(string fromKey, string toKey, string eTag, string contentType,
        IReadOnlyDictionary<string, string> metadata, CancellationToken ct)
    {
        var request = new CopyObjectRequest
        {
            SourceBucket = Settings.BucketName,
            SourceKey = fromKey,
            DestinationBucket = Settings.BucketName,
            DestinationKey = toKey,
            ETagToMatch = eTag,
            MetadataDirective = S3MetadataDirective.REPLACE,
            ContentType = contentType,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
        };
        foreach (var (name, value) in metadata) request.Metadata[name] = value;
        try
        {
            await s3.CopyObjectAsync(request, ct);
            return true;
        }
        catch (AmazonS3Exception error) when (error.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.PreconditionFailed)
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

/// <summary>An object as storage reports it: its real size, its ETag (to act only on this version), type and user metadata.</summary>
public sealed record StoredObject(long Size, string ETag, string? ContentType, IReadOnlyDictionary<string, string> Metadata);
