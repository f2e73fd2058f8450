namespace SkyHighBooker.Api.TravelDocuments;

/// <summary>A passport or visa scan a traveller keeps with their account; the file is at <see cref="ObjectKey"/>, users/{id}/documents/….</summary>
public sealed class TravelDocument
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string FileName { get; set; }
    /// <summary>What the file's first bytes say it is, never what the uploader declared.</summary>
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required string ObjectKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
