using Amazon.CDK;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Constructs;
using CloudFrontFunction = Amazon.CDK.AWS.CloudFront.Function;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// One origin for the browser: CloudFront serves the built React app from a private bucket (origin access control) and
/// sends <c>/api/*</c> to the HTTP API and the files bucket's public prefixes (<see cref="PublicAssetPaths"/>) to that bucket, so the app calls the Api on its own origin with no CORS. Public GETs of the Api
/// are cached for as long as the Api's Cache-Control allows (nothing, without one); signed-in requests carry their
/// Authorization header in the cache key, so one user's answer is never served to another.
/// </summary>
public sealed class Cdn : Construct
{
    public Bucket SiteBucket { get; }
    public Distribution Distribution { get; }
    public CachePolicy ApiCachePolicy { get; }

    /// <summary>The site's origin, e.g. https://d111111abcdef8.cloudfront.net or https://book.example.com.</summary>
    public string SiteOrigin { get; }

    /// <summary>
    /// The files bucket's public prefixes (SkyHighBooker.Api/PublicAssets/PublicAssetCatalog.cs), at the same paths the
    /// Web serves them locally. Only these patterns reach the files bucket: users/… and bookings/… stay behind pre-signed URLs.
    /// </summary>
    public static readonly string[] PublicAssetPaths = ["/static/*", "/flights/aircraft-images/*", "/flights/route-maps/*"];

    public Cdn(Construct scope, string id, DeploymentSettings settings, Api api, Firewall firewall, Files files) : base(scope, id)
    {
        SiteBucket = new Bucket(this, "Site", new BucketProps
        {
            Encryption = BucketEncryption.S3_MANAGED,
            Versioned = true,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            EnforceSSL = true,
            MinimumTLSVersion = 1.2,
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules = [new LifecycleRule { Id = "old-builds", NoncurrentVersionExpiration = Duration.Days(30), AbortIncompleteMultipartUploadAfter = Duration.Days(1) }],
        });

        ApiCachePolicy = new CachePolicy(this, "ApiCache", new CachePolicyProps
        {
            Comment = "Api: cache only what the Api's Cache-Control allows; per query string and per Authorization",
            DefaultTtl = Duration.Seconds(0), // no Cache-Control, no caching
            MinTtl = Duration.Seconds(0),
            MaxTtl = Duration.Hours(1),
            QueryStringBehavior = CacheQueryStringBehavior.All(),
            HeaderBehavior = CacheHeaderBehavior.AllowList("Authorization"),
            CookieBehavior = CacheCookieBehavior.None(),
            EnableAcceptEncodingGzip = true,
            EnableAcceptEncodingBrotli = true,
        });

        // Client-side routes (/bookings/…, /admin/…) are the app's index.html; files (with an extension) are
        // themselves. Done per request rather than with error pages, which would also turn the Api's 404s into HTML.
        var spaRoutes = new CloudFrontFunction(this, "SpaRoutes", new FunctionProps
        {
            Runtime = FunctionRuntime.JS_2_0,
            Comment = "Serve index.html for the React app's client-side routes",
            Code = FunctionCode.FromInline("""
                function handler(event) {
                  var request = event.request;
                  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
                  if (last.indexOf('.') < 0) request.uri = '/index.html';
                  return request;
                }
                """),
        });

        // Read-only, through origin access control bound to this distribution; the objects' Cache-Control (a day) applies.
        var publicAssets = new BehaviorOptions
        {
            Origin = S3BucketOrigin.WithOriginAccessControl(files.Bucket, new S3BucketOriginWithOACProps { OriginAccessLevels = [AccessLevel.READ] }),
            ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            AllowedMethods = AllowedMethods.ALLOW_GET_HEAD,
            CachePolicy = CachePolicy.CACHING_OPTIMIZED,
            ResponseHeadersPolicy = ResponseHeadersPolicy.SECURITY_HEADERS,
            Compress = true,
        };

        var hasOwnDomain = settings.SiteDomain is not null && settings.SiteCertificateArn is not null;
        Distribution = new Distribution(this, "Distribution", new DistributionProps
        {
            Comment = "Sky High Booker: React app and /api/*",
            DefaultRootObject = "index.html",
            HttpVersion = HttpVersion.HTTP2_AND_3,
            PriceClass = PriceClass.PRICE_CLASS_100,
            DomainNames = hasOwnDomain ? [settings.SiteDomain!] : null,
            Certificate = hasOwnDomain ? Certificate.FromCertificateArn(this, "Certificate", settings.SiteCertificateArn!) : null,
            MinimumProtocolVersion = SecurityPolicyProtocol.TLS_V1_2_2021,
            WebAclId = firewall.WebAclArn,
            DefaultBehavior = new BehaviorOptions
            {
                Origin = S3BucketOrigin.WithOriginAccessControl(SiteBucket),
                ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                CachePolicy = CachePolicy.CACHING_OPTIMIZED,
                ResponseHeadersPolicy = ResponseHeadersPolicy.SECURITY_HEADERS,
                Compress = true,
                FunctionAssociations = [new FunctionAssociation { Function = spaRoutes, EventType = FunctionEventType.VIEWER_REQUEST }],
            },
            AdditionalBehaviors = new Dictionary<string, IBehaviorOptions>(PublicAssetPaths.Select(path =>
                new KeyValuePair<string, IBehaviorOptions>(path, publicAssets)))
            {
                ["/api/*"] = new BehaviorOptions
                {
                    Origin = new HttpOrigin(api.Domain, new HttpOriginProps
                    {
                        ProtocolPolicy = OriginProtocolPolicy.HTTPS_ONLY,
                        OriginSslProtocols = [OriginSslPolicy.TLS_V1_2],
                    }),
                    ViewerProtocolPolicy = ViewerProtocolPolicy.HTTPS_ONLY,
                    AllowedMethods = AllowedMethods.ALLOW_ALL,
                    CachedMethods = CachedMethods.CACHE_GET_HEAD_OPTIONS,
                    CachePolicy = ApiCachePolicy,
                    // every header the Api reads (Idempotency-Key, Stripe-Signature, Content-Type…) but Host, which
                    // must be API Gateway's own
                    OriginRequestPolicy = OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
                    Compress = true,
                },
            },
        });

        SiteOrigin = hasOwnDomain ? $"https://{settings.SiteDomain}" : $"https://{Distribution.DistributionDomainName}";
    }
}
