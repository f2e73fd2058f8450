using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SkyHighBooker.Storage;

public static class StorageExtensions
{
    public static IHostApplicationBuilder AddBookerStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<StorageSettings>(builder.Configuration.GetSection(StorageSettings.Section));
        builder.Services.AddSingleton<IAmazonS3>(services =>
        {
            var settings = services.GetRequiredService<IOptions<StorageSettings>>().Value;
            if (!settings.IsLocalEmulator) return new AmazonS3Client(RegionEndpoint.GetBySystemName(settings.Region));

            // The emulator (s3rver) wants path-style URLs and no flexible checksums; real S3 keeps the SDK's defaults.
            var config = new AmazonS3Config
            {
                ServiceURL = settings.ServiceUrl,
                ForcePathStyle = true,
                AuthenticationRegion = settings.Region,
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                HttpClientFactory = new EmulatorHttpClients(),
            };
            return new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey ?? "local", settings.SecretKey ?? "local"), config);
        });
        builder.Services.AddSingleton<FileStore>();
        return builder;
    }

    /// <summary>
    /// The SDK sends CopyObject's x-amz-copy-source with its slashes encoded (bucket%2Fusers%2F…), which S3 accepts;
    /// s3rver decodes it with decodeURI, which leaves %2F alone, and answers "No bucket found". s3rver checks no
    /// signatures, so putting the slashes back after signing is harmless there; real S3 never gets this client.
    /// </summary>
    private sealed class EmulatorHttpClients : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new CopySourceSlashes { InnerHandler = new HttpClientHandler() });
    }

    private sealed class CopySourceSlashes : DelegatingHandler
    {
        private const string CopySource = "x-amz-copy-source";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (request.Headers.TryGetValues(CopySource, out var values))
            {
                var source = values.Single().Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
                request.Headers.Remove(CopySource);
                request.Headers.TryAddWithoutValidation(CopySource, source);
            }
            return base.SendAsync(request, ct);
        }
    }
}
