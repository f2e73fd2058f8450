using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// The files bucket of the design's layout (<c>bookings/{id}/…pdf</c> written by the Worker,
/// <c>users/{id}/profile-picture.jpg</c>, browser uploads staged under <c>uploads/</c>): private, encrypted,
/// versioned, TLS only. The browser PUTs profile pictures straight to it with pre-signed URLs, so it admits CORS PUTs
/// from the site's own origin and nothing else.
/// </summary>
public sealed class Files : Construct
{
    /// <summary>Where the browser stages uploads before the Api checks them (SkyHighBooker.Api/Identity/ProfilePictures.cs).</summary>
    public const string UploadsPrefix = "uploads/";

    public Bucket Bucket { get; }

    public Files(Construct scope, string id) : base(scope, id)
    {
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            Encryption = BucketEncryption.S3_MANAGED,
            BucketKeyEnabled = true,
            Versioned = true,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            EnforceSSL = true,
            MinimumTLSVersion = 1.2,
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules =
            [
                // A re-rendered document or a new profile picture leaves the old version behind: kept 30 days to undo
                // a mistake, then gone (the daily backups keep 7 days of their own).
                new LifecycleRule
                {
                    Id = "old-versions",
                    NoncurrentVersionExpiration = Duration.Days(30),
                    ExpiredObjectDeleteMarker = true,
                    AbortIncompleteMultipartUploadAfter = Duration.Days(1),
                },
                // Uploads never completed (PUT /api/me/profile-picture not called) are staged objects nobody needs.
                new LifecycleRule { Id = "abandoned-uploads", Prefix = UploadsPrefix, Expiration = Duration.Days(1), NoncurrentVersionExpiration = Duration.Days(1) },
            ],
        });
    }

    /// <summary>The site's origin (known once CloudFront exists) is the only one whose pages may PUT here.</summary>
    public void AllowUploadsFrom(string origin) => Bucket.AddCorsRule(new CorsRule
    {
        AllowedOrigins = [origin],
        // the same rule as the emulator's (emulators/s3-cors.xml) but for one origin instead of any
        AllowedMethods = [HttpMethods.GET, HttpMethods.HEAD, HttpMethods.PUT],
        AllowedHeaders = ["*"],
        ExposedHeaders = ["ETag"],
        MaxAge = 3000,
    });
}
