using System.Security.Cryptography;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.PublicAssets;

/// <summary>
/// Puts the public assets in the bucket at start-up, after the seed. Idempotent and cheap enough for a Lambda cold
/// start: one listing per prefix, and only an asset that is missing or differs (by its MD5, which is a single-part
/// object's ETag) is uploaded.
/// </summary>
public sealed class PublicAssetPublisher(FileStore files, ILogger<PublicAssetPublisher> logger)
{
    public const string CacheControl = PublicAssetCaching.CacheControl;

    private static readonly TimeSpan StartupBudget = TimeSpan.FromSeconds(15);

    /// <summary>
    /// At start-up: storage being down must not keep the Api from serving bookings (the fault tests take S3 away, and
    /// the Lambda package test runs with none), so a failure is logged and the next start publishes.
    /// </summary>
    public async Task TryPublishAsync(CancellationToken ct)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(StartupBudget);
        try
        {
            await PublishAsync(budget.Token);
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(error, "Public assets were not published; the next start tries again");
        }
    }

    /// <returns>How many assets were uploaded (0 when the bucket already had them all).</returns>
    public async Task<int> PublishAsync(CancellationToken ct)
    {
        var stored = new Dictionary<string, string>();
        foreach (var prefix in PublicAssetCatalog.Prefixes)
            foreach (var (key, etag) in await files.ListETagsAsync(prefix, ct)) stored[key] = etag;

        var uploaded = 0;
        foreach (var asset in PublicAssetCatalog.All())
        {
            var md5 = Convert.ToHexStringLower(MD5.HashData(asset.Content));
            if (stored.GetValueOrDefault(asset.Key) == md5) continue;
            await files.PutAsync(asset.Key, asset.Content, asset.ContentType, ct, CacheControl);
            uploaded++;
        }
        if (uploaded > 0) logger.LogInformation("Published {Count} public assets", uploaded);
        return uploaded;
    }
}
