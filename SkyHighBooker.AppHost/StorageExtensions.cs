using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.AppHost;

public static class StorageExtensions
{
    /// <summary>
    /// The S3 bucket the services keep files in: real S3 when Storage:Mode is "aws" (bucket and region from Storage:*, credentials from the AWS
    /// chain), otherwise (in Development only) s3rver, an S3-compatible emulator, with the bucket created and its
    /// data under .data/s3.
    /// </summary>
    public static BookerStorage AddBookerS3(this IDistributedApplicationBuilder builder, string name)
    {
        var settings = builder.Configuration.GetSection("Storage");
        var bucket = settings["BucketName"] ?? "sky-high-booker-storage";
        if (string.Equals(settings["Mode"], "aws", StringComparison.OrdinalIgnoreCase))
        {
            return new BookerStorage(null, bucket, settings["Region"] ?? "us-east-1");
        }
        if (!LocalEmulators.Allowed(builder))
        {
            throw LocalEmulators.MissingSettings(builder, "Storage:Mode=aws (with Storage:BucketName and Storage:Region)", "s3rver");
        }

        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dataDirectory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, settings["DataDirectory"] ?? "../.data/s3"));
        var emulator = builder.AddExecutable(name, "bash", repositoryRoot, Path.Combine(repositoryRoot, "scripts", "run-s3rver.sh"), dataDirectory)
            .WithHttpEndpoint(port: settings.GetValue("Port", 4569), env: "PORT")
            .WithEnvironment("BUCKET", bucket)
            .WithHttpHealthCheck($"/{bucket}");
        return new BookerStorage(emulator, bucket, "us-east-1");
    }

    public static IResourceBuilder<T> WithStorage<T>(this IResourceBuilder<T> service, BookerStorage storage)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        service.WithEnvironment("Storage__BucketName", storage.BucketName).WithEnvironment("Storage__Region", storage.Region);
        if (storage.Emulator is { } emulator)
        {
            // s3rver's built-in credentials: it checks the key id
            service.WithEnvironment("Storage__ServiceUrl", emulator.GetEndpoint("http"))
                .WithEnvironment("Storage__AccessKey", "S3RVER").WithEnvironment("Storage__SecretKey", "S3RVER")
                .WaitFor(emulator);
        }
        return service;
    }
}

public static class PublicAssetsExtensions
{
    /// <summary>
    /// The Web serves the bucket's public prefixes (static/, flights/aircraft-images/) as CloudFront does on AWS, by
    /// proxying them to the emulator's bucket; with real S3 the bucket is private and CloudFront serves them.
    /// </summary>
    public static IResourceBuilder<T> WithPublicAssets<T>(this IResourceBuilder<T> web, BookerStorage storage)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        if (storage.Emulator is not { } emulator) return web;
        return web.WithEnvironment("ReverseProxy__Clusters__public-assets__Destinations__bucket__Address",
            ReferenceExpression.Create($"{emulator.GetEndpoint("http")}/{storage.BucketName}"));
    }
}

public sealed record BookerStorage(IResourceBuilder<ExecutableResource>? Emulator, string BucketName, string Region);
