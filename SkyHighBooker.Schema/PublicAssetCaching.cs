namespace SkyHighBooker;

/// <summary>How long the design's public prefixes may be kept, by whichever service puts an asset there (the Api at start-up, the Worker's route maps).</summary>
public static class PublicAssetCaching
{
    // The keys name their content's version only by their place, so CDNs and browsers keep them a day, not forever.
    public const string CacheControl = "public, max-age=86400";
}
