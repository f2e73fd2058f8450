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
            };
            return new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey ?? "local", settings.SecretKey ?? "local"), config);
        });
        builder.Services.AddSingleton<FileStore>();
        return builder;
    }
}
