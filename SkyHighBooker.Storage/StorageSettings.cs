namespace SkyHighBooker.Storage;

/// <summary>
/// Where files live. With ServiceUrl set (the local S3 emulator) the client uses path-style addressing and static
/// credentials; without it, real S3 in Region with the default AWS credential chain.
/// </summary>
public sealed class StorageSettings
{
    public const string Section = "Storage";

    public string BucketName { get; set; } = "sky-high-booker-storage";
    public string Region { get; set; } = "us-east-1";
    public string? ServiceUrl { get; set; }
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }

    public bool IsLocalEmulator => !string.IsNullOrWhiteSpace(ServiceUrl);
}
